#include "oracle/reduce/html.h"

#include <fmt/format.h>

namespace tandem::oracle {
namespace {

// Shared by the finding pages and the index: one look for both.
constexpr std::string_view kBaseCss = R"css(
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 1.5rem; color: #1b1b1b; line-height: 1.4; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: .8rem 0 .3rem; }
code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
pre { background: #f6f8fa; border: 1px solid #e1e4e8; padding: .6rem; overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: 2px 8px; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
.differs { background: #ffd8d8; }
td.differs { font-weight: bold; color: #8a0000; }
.muted { color: #6a737d; }
)css";

bool unreserved(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
         c == '_' || c == '~' || c == '/';
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string url_path_escape(std::string_view path) {
  std::string out;
  for (char c : path) out += unreserved(c) ? std::string(1, c) : fmt::format("%{:02X}", static_cast<uint8_t>(c));
  return out;
}

std::string html_document(std::string_view title, std::string_view extra_css, std::string_view body) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
      "<style>{}{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
      html_escape(title), kBaseCss, extra_css, body);
}

}  // namespace tandem::oracle
