// The URL builders of ui/links.h: tel:, mailto: and website links (pure functions).
#include <doctest/doctest.h>

#include "ui/links.h"

using card::MailtoUrl;
using card::PercentEncode;
using card::TelUrl;
using card::WebUrl;

TEST_CASE("links: TelUrl dials the E.164 number, with the extension as ;ext=") {
    CHECK(TelUrl("+7 495 123-45-67") == "tel:+74951234567");
    CHECK(TelUrl("8 (495) 123-45-67") == "tel:+74951234567");   // 8-prefixed Russian number
    CHECK(TelUrl("8-800-555-35-35") == "tel:+78005553535");
    CHECK(TelUrl("4951234567") == "tel:+74951234567");          // ten digits: +7 assumed
    CHECK(TelUrl("+7 (916) 123-45-67") == "tel:+79161234567");
    CHECK(TelUrl("8 (495) 123-45-67 доб. 3") == "tel:+74951234567;ext=3");
    CHECK(TelUrl("+7 495 123 45 67 ext. 1024") == "tel:+74951234567;ext=1024");
    CHECK(TelUrl("+44 20 7946 0958") == "tel:+442079460958");
    CHECK(TelUrl("  +7 495 123-45-67  ") == "tel:+74951234567");
}

TEST_CASE("links: TelUrl gives no URL for what is not a phone number") {
    CHECK(TelUrl("") == "");
    CHECK(TelUrl("   ") == "");
    CHECK(TelUrl("call me") == "");
    CHECK(TelUrl("123-45-67") == "");                      // no area code
    CHECK(TelUrl("+7 495 123-45-6") == "");                // a digit short
    CHECK(TelUrl("8 495 123-45-67, 8 495 765-43-21") == "");  // two numbers
    CHECK(TelUrl("javascript:alert(1)") == "");
}

TEST_CASE("links: MailtoUrl keeps addresses readable and percent-encodes subject and body") {
    CHECK(MailtoUrl("info@romashka.ru") == "mailto:info@romashka.ru");
    CHECK(MailtoUrl(" info@romashka.ru ") == "mailto:info@romashka.ru");
    // Several addresses, comma-separated, blanks dropped.
    CHECK(MailtoUrl("a@b.ru, c@d.ru,, ") == "mailto:a@b.ru,c@d.ru");
    // A Cyrillic subject: UTF-8 bytes, upper-case hex, spaces as %20 (never '+').
    CHECK(MailtoUrl("a@b.ru", "Счёт №5") == "mailto:a@b.ru?subject=%D0%A1%D1%87%D1%91%D1%82%20%E2%84%965");
    // The body's line breaks are CRLF, whether typed as LF or CRLF.
    CHECK(MailtoUrl("a@b.ru", "", "Line 1\nLine 2\r\nLine 3") ==
          "mailto:a@b.ru?body=Line%201%0D%0ALine%202%0D%0ALine%203");
    CHECK(MailtoUrl("a@b.ru", "Hi & bye", "x=1?") == "mailto:a@b.ru?subject=Hi%20%26%20bye&body=x%3D1%3F");
    // Characters that would end the address part are encoded inside it.
    CHECK(MailtoUrl("a?b@c.ru") == "mailto:a%3Fb@c.ru");
    CHECK(MailtoUrl("почта@пример.рф") == "mailto:%D0%BF%D0%BE%D1%87%D1%82%D0%B0@%D0%BF%D1%80%D0%B8%D0%BC%D0%B5%D1%80.%D1%80%D1%84");
}

TEST_CASE("links: PercentEncode leaves only RFC 3986 unreserved characters") {
    CHECK(PercentEncode("AZaz09-._~") == "AZaz09-._~");
    CHECK(PercentEncode(" +/%") == "%20%2B%2F%25");
    CHECK(PercentEncode("") == "");
}

TEST_CASE("links: WebUrl opens http(s) sites and nothing else") {
    CHECK(WebUrl("romashka.ru") == "https://romashka.ru");
    CHECK(WebUrl("  romashka.ru/contacts?a=1  ") == "https://romashka.ru/contacts?a=1");
    CHECK(WebUrl("https://romashka.example") == "https://romashka.example");
    CHECK(WebUrl("http://old.example.ru") == "http://old.example.ru");
    CHECK(WebUrl("HTTPS://Romashka.RU") == "HTTPS://Romashka.RU");
    CHECK(WebUrl("пример.рф") == "https://пример.рф");
    CHECK(WebUrl("localhost:8080/app") == "https://localhost:8080/app");  // a port, not a scheme
    CHECK(WebUrl("//cdn.example.ru") == "https://cdn.example.ru");
    CHECK(WebUrl("") == "");
    CHECK(WebUrl("   ") == "");
    // Other schemes never open from a click: the data may come from an imported file.
    CHECK(WebUrl("javascript:alert(1)") == "");
    CHECK(WebUrl("JavaScript://%0Aalert(1)") == "");
    CHECK(WebUrl("data:text/html,hi") == "");
    CHECK(WebUrl("ftp://files.example.ru") == "");
    CHECK(WebUrl("http:example.ru") == "");
    CHECK(WebUrl("https://") == "");
    CHECK(WebUrl("romashka .ru") == "");
}
