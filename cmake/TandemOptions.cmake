# Compiler flags shared by every target. The presets in CMakePresets.json only
# flip the options declared in the top-level CMakeLists.txt.

if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "tandem is built with clang (libFuzzer and the sanitizers need it); "
                      "configure with a preset or -DCMAKE_CXX_COMPILER=clang++")
endif()

add_compile_options(-Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers
                    -fno-omit-frame-pointer)
# CI builds the asan preset with warnings as errors, so that a missing switch
# case or an unused result breaks the build instead of scrolling past.
if(TANDEM_WERROR)
  add_compile_options(-Werror)
endif()

# Sanitizer flags go on every target so that the libraries the tests and fuzz
# targets link are instrumented too.
set(TANDEM_SANITIZER_FLAGS "")
option(TANDEM_NO_SANITIZERS_IN_FUZZ "Fuzz build without ASan/UBSan (exec/s measurements)" OFF)
# OSS-Fuzz's builds choose the sanitizer and the coverage flags themselves
# ($CFLAGS/$CXXFLAGS): adding ours would mix sanitizers in one build.
set(TANDEM_FLAGS_FROM_ENV OFF)
if(TANDEM_FUZZ AND TANDEM_LIB_FUZZING_ENGINE)
  set(TANDEM_FLAGS_FROM_ENV ON)
endif()
if(TANDEM_SANITIZE OR (TANDEM_FUZZ AND NOT TANDEM_NO_SANITIZERS_IN_FUZZ AND NOT TANDEM_FLAGS_FROM_ENV))
  list(APPEND TANDEM_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
endif()
if(TANDEM_FUZZ)
  # Instrument everything for coverage; only the fuzz targets link the libFuzzer main.
  if(NOT TANDEM_FLAGS_FROM_ENV)
    list(APPEND TANDEM_SANITIZER_FLAGS -fsanitize=fuzzer-no-link)
  endif()
  add_compile_definitions(TANDEM_FUZZING_BUILD=1)
endif()
if(TANDEM_COVERAGE)
  list(APPEND TANDEM_SANITIZER_FLAGS -fprofile-instr-generate -fcoverage-mapping)
endif()
if(TANDEM_SANITIZER_FLAGS)
  add_compile_options(${TANDEM_SANITIZER_FLAGS})
  add_link_options(${TANDEM_SANITIZER_FLAGS})
endif()
if(TANDEM_VERIFY_IR OR TANDEM_SANITIZE OR (TANDEM_FUZZ AND NOT TANDEM_NO_SANITIZERS_IN_FUZZ))
  add_compile_definitions(TANDEM_VERIFY_IR=1)
endif()

# tandem_library(NAME DEPS dep...): a static library of every .cc/.S file in
# the calling folder (and SUBDIRS given), so that adding a file needs no
# CMake edit; or of SOURCES only; minus EXCLUDE. A folder without sources
# yet defines no target.
function(tandem_library name)
  cmake_parse_arguments(ARG "" "" "DEPS;SUBDIRS;EXCLUDE;SOURCES" ${ARGN})
  set(patterns ${CMAKE_CURRENT_SOURCE_DIR}/*.cc ${CMAKE_CURRENT_SOURCE_DIR}/*.S)
  foreach(sub ${ARG_SUBDIRS})
    list(APPEND patterns ${CMAKE_CURRENT_SOURCE_DIR}/${sub}/*.cc ${CMAKE_CURRENT_SOURCE_DIR}/${sub}/*.S)
  endforeach()
  if(ARG_SOURCES)
    list(TRANSFORM ARG_SOURCES PREPEND ${CMAKE_CURRENT_SOURCE_DIR}/ OUTPUT_VARIABLE sources)
  else()
    file(GLOB sources CONFIGURE_DEPENDS ${patterns})
  endif()
  foreach(ex ${ARG_EXCLUDE})
    list(REMOVE_ITEM sources ${CMAKE_CURRENT_SOURCE_DIR}/${ex})
  endforeach()
  if(NOT sources)
    return()
  endif()
  add_library(${name} STATIC ${sources})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
  # Comparison tracing feeds libFuzzer's dictionary with values that input
  # bytes are compared against: it guides only the code that reads the
  # input (the decoder, the generator). Everywhere else — the compilers
  # above all — it cost a third of a campaign's time for nothing.
  if(TANDEM_FUZZ AND NOT name IN_LIST TANDEM_INPUT_READERS)
    target_compile_options(${name} PRIVATE -fno-sanitize-coverage=trace-cmp)
  endif()
endfunction()

# The libraries that read fuzz input bytes directly (see above).
set(TANDEM_INPUT_READERS tandem_wasm tandem_generator)

# tandem_test_suite(NAME DEPS dep... SUBDIRS dir...): one GoogleTest binary of
# the .cc files in the calling folder (and SUBDIRS given), every test
# registered with ctest.
function(tandem_test_suite name)
  cmake_parse_arguments(ARG "" "" "DEPS;SUBDIRS" ${ARGN})
  set(patterns ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  foreach(sub ${ARG_SUBDIRS})
    list(APPEND patterns ${CMAKE_CURRENT_SOURCE_DIR}/${sub}/*.cc)
  endforeach()
  file(GLOB sources CONFIGURE_DEPENDS ${patterns})
  if(NOT sources)
    return()
  endif()
  add_executable(${name} ${sources})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    TANDEM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    TANDEM_SPEC_TESTSUITE="${TANDEM_SPEC_TESTSUITE}")
  include(GoogleTest)
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES LABELS unit)
endfunction()
