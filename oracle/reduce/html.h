// The little HTML the finding pages need: escaping and a self-contained
// document (inline CSS, no script, nothing fetched), so that a page opens
// from a file:// link or an archived campaign folder as it was written.
#pragma once

#include <string>
#include <string_view>

namespace tandem::oracle {

// Text or attribute value: & < > " ' as character references. Module text,
// disassembly and outcome strings all hold '<' or '&' sooner or later.
std::string html_escape(std::string_view text);

// A relative link's path, each segment percent-encoded where a byte is not
// unreserved in a URL ('/' kept): signatures become folder names with '+'
// and '%' in them.
std::string url_path_escape(std::string_view path);

// <!DOCTYPE html> ... with the base style (tables, monospace code, the
// highlight colours) and `extra_css` after it; `title` is escaped here,
// `body` is HTML already.
std::string html_document(std::string_view title, std::string_view extra_css, std::string_view body);

}  // namespace tandem::oracle
