// Base64 (model/base64.h): RFC 4648 test vectors, round trips of every length 0..300 with
// all byte values, and strict refusal of what is not standard padded base64.
#include <doctest/doctest.h>

#include <string>

#include "model/base64.h"

using namespace card;

namespace {

std::string Decoded(const std::string& text) {
    std::string out = "junk";
    REQUIRE_MESSAGE(Base64Decode(text, out), text);
    return out;
}

bool Refused(const std::string& text) {
    std::string out = "junk";
    const bool ok = Base64Decode(text, out);
    return !ok && out.empty();
}

// An independent bit-by-bit encoder, to check the table-driven one against.
std::string ReferenceEncode(const std::string& bytes) {
    const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string bits;
    for (unsigned char c : bytes)
        for (int b = 7; b >= 0; --b) bits += ((c >> b) & 1) ? '1' : '0';
    while (bits.size() % 6) bits += '0';
    std::string out;
    for (size_t i = 0; i < bits.size(); i += 6) out += alphabet[std::stoi(bits.substr(i, 6), nullptr, 2)];
    while (out.size() % 4) out += '=';
    return out;
}

}  // namespace

TEST_CASE("base64: RFC 4648 section 10 test vectors, both ways") {
    const struct {
        const char* plain;
        const char* encoded;
    } vectors[] = {
        {"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},        {"foo", "Zm9v"},
        {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"},
    };
    for (const auto& v : vectors) {
        CAPTURE(v.plain);
        CHECK(Base64Encode(v.plain) == v.encoded);
        CHECK(Decoded(v.encoded) == v.plain);
    }
    // UTF-8 text and the characters + and / of the alphabet.
    CHECK(Base64Encode("Привет") == "0J/RgNC40LLQtdGC");
    CHECK(Decoded("0J/RgNC40LLQtdGC") == "Привет");
    CHECK(Base64Encode(std::string("\xfb\xff\xbf", 3)) == "+/+/");
    CHECK(Decoded("+/+/") == std::string("\xfb\xff\xbf", 3));
}

TEST_CASE("base64: every length 0..300 of binary bytes round-trips") {
    for (size_t n = 0; n <= 300; ++n) {
        std::string bytes(n, '\0');
        for (size_t i = 0; i < n; ++i) bytes[i] = static_cast<char>((i * 151 + n * 7 + 3) & 0xFF);
        const std::string text = Base64Encode(bytes);
        CAPTURE(n);
        CHECK(text.size() == static_cast<size_t>(Base64EncodedLength(static_cast<int64_t>(n))));
        CHECK(text.size() % 4 == 0);
        CHECK(text == ReferenceEncode(bytes));
        CHECK(Decoded(text) == bytes);
    }
    std::string all;
    for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
    CHECK(Decoded(Base64Encode(all)) == all);
    CHECK(Base64Encode(all) == ReferenceEncode(all));
}

TEST_CASE("base64: strict decoding refuses what is not standard padded base64") {
    for (const char* bad : {"Zg", "Zg=", "Zm9", "Z", "Zm9vY", "Zg==Zg==", "Zm=v", "=Zm9", "====", "Zg===",
                            "A===", "Zm9v\n", "Zm 9v", "Zm9v ", "Zm-v", "Zm_v", "Zm9\xd0\xb6"}) {
        CAPTURE(bad);
        CHECK(Refused(bad));
    }
    CHECK(Refused(std::string("Zm\0v", 4)));
    // The unused bits of the last group are ignored, like the JSON codec's validator.
    CHECK(Decoded("Zh==") == "f");
    CHECK(Decoded("Zm9=") == "fo");
}
