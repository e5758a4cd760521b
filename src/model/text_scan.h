// Small UTF-8 helpers shared by the validators (requisites.cpp, phone.cpp) and the JSON
// readers (json_codec.cpp, json_reader.cpp): checking a sequence, decoding and appending one
// code point, recognising the spaces people paste (NBSP, thin and narrow spaces), and
// trimming them. Header-only, no allocation, nothing throws.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace card::text {

// Length of the valid UTF-8 sequence starting at p (n >= 1 bytes left): 1 for ASCII, 0 when
// invalid (strict: no overlongs, no surrogates, nothing above U+10FFFF; the same as
// nlohmann's lexer). What the JSON readers check text with.
inline size_t Utf8SequenceLength(const unsigned char* p, size_t n) {
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;       // no overlongs
        else if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;       // no overlongs
        else if (c == 0xF4) hi = 0x8F;  // at most U+10FFFF
    } else {
        return 0;
    }
    if (len > n || p[1] < lo || p[1] > hi) return 0;
    for (size_t k = 2; k < len; ++k)
        if (p[k] < 0x80 || p[k] > 0xBF) return 0;
    return len;
}

// Appends the UTF-8 of one code point (at most U+10FFFF) to `out`.
inline void AppendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Decodes the code point at s[i] and advances i past it. Returns false (and leaves i and
// cp unchanged) for malformed UTF-8: a stray continuation byte, a truncated sequence, an
// overlong form, a surrogate or a value beyond U+10FFFF.
inline bool DecodeUtf8(std::string_view s, size_t& i, char32_t& cp) {
    if (i >= s.size()) return false;
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        cp = b0;
        ++i;
        return true;
    }
    size_t n;
    char32_t v, min;
    if ((b0 & 0xE0) == 0xC0) {
        n = 1, v = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        n = 2, v = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        n = 3, v = b0 & 0x07, min = 0x10000;
    } else {
        return false;
    }
    if (s.size() - i <= n) return false;  // truncated
    for (size_t k = 1; k <= n; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80) return false;
        v = (v << 6) | (b & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return false;
    cp = v;
    i += n + 1;
    return true;
}

// ASCII whitespace and the Unicode spaces that arrive by copy and paste.
inline bool IsSpace(char32_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// `s` without leading and trailing spaces (IsSpace). Malformed bytes are not spaces.
inline std::string_view TrimSpaces(std::string_view s) {
    size_t begin = 0;
    while (begin < s.size()) {
        size_t i = begin;
        char32_t c;
        if (!DecodeUtf8(s, i, c) || !IsSpace(c)) break;
        begin = i;
    }
    size_t end = s.size();
    while (end > begin) {
        size_t start = end - 1;  // back to the lead byte of the last code point
        while (start > begin && end - start < 4 &&
               (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        size_t i = start;
        char32_t c;
        if (!DecodeUtf8(s, i, c) || i != end || !IsSpace(c)) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

}  // namespace card::text
