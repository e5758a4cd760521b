// Phone numbers, e-mail addresses and websites as links: text in the link colour that
// opens the system dialer (tel:), the mail program (mailto:) or a browser tab on click,
// with the target URL in a tooltip. The URL builders are pure and unit-tested.
#pragma once

#include <string>
#include <string_view>

namespace card {

// "tel:+74951234567" (with ";ext=123" when the number has an extension); "" when the text
// is not a number NormalizePhone accepts.
std::string TelUrl(std::string_view phone);
// "mailto:a@b.ru?subject=...&body=..." with RFC 3986 percent-encoding of the UTF-8 subject
// and body (spaces as %20, line breaks as %0D%0A); `to` may list several addresses
// separated by commas.
std::string MailtoUrl(std::string_view to, std::string_view subject = {}, std::string_view body = {});
// "https://" prepended when the text has no scheme ("example.ru", "example.ru:8080/a");
// kept as it is with http:// or https:// (any case); "" for blank text, text with spaces
// or control characters, and any other scheme (javascript:, data:, ftp://...).
std::string WebUrl(std::string_view site);
// Percent-encodes every byte outside RFC 3986's unreserved set.
std::string PercentEncode(std::string_view text);

// Draws `text` as a link (an ImGui item with the text as its label, so automation finds it
// by the visible text); returns true on the click that opened the URL. When the URL is
// empty (e.g. an unparseable phone) the text is drawn plain and nothing opens.
bool LinkText(const char* text, const std::string& url);
bool PhoneLink(const std::string& phone);
bool EmailLink(const std::string& email);

}  // namespace card
