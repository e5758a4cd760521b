#include "model/phone.h"

#include "model/text_scan.h"

namespace card {
namespace {

// Lower-cases ASCII A-Z and Cyrillic А-Я in place of a copy; byte lengths do not change,
// so positions in the copy are positions in the original.
std::string LowerForMarkers(std::string_view s) {
    std::string out(s);
    for (size_t i = 0; i < out.size(); ++i) {
        auto& c = out[i];
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        } else if (static_cast<unsigned char>(c) == 0xD0 && i + 1 < out.size()) {
            const auto b = static_cast<unsigned char>(out[i + 1]);
            if (b >= 0x90 && b <= 0x9F) {  // А..П -> а..п (D0 B0..D0 BF)
                out[i + 1] = static_cast<char>(b + 0x20);
            } else if (b >= 0xA0 && b <= 0xAF) {  // Р..Я -> р..я (D1 80..D1 8F)
                out[i] = static_cast<char>(0xD1);
                out[i + 1] = static_cast<char>(b - 0x20);
            }
            ++i;
        }
    }
    return out;
}

// Longest first where one marker is a prefix of another.
constexpr std::string_view kExtensionMarkers[] = {
    "добавочный", "доб.", "доб", "доп.", "доп", "вн.", "ext.", "ext", "x", "#", ",", ";",
};
constexpr size_t kMaxExtensionDigits = 8;

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// If an extension marker followed by digits ends `text` (lower: its LowerForMarkers copy),
// sets `main` to the text before it and `ext` to the digits.
bool SplitExtension(std::string_view text, std::string_view lower, std::string_view& main,
                    std::string& ext) {
    for (size_t p = 0; p < lower.size(); ++p) {
        for (const std::string_view m : kExtensionMarkers) {
            if (lower.compare(p, m.size(), m) != 0) continue;
            // An opening bracket right before the marker (spaces allowed) needs its pair.
            size_t before = p;
            while (before > 0 && IsAsciiSpace(text[before - 1])) --before;
            const bool bracketed = before > 0 && text[before - 1] == '(';
            size_t q = p + m.size();
            while (q < text.size() && (IsAsciiSpace(text[q]) || text[q] == ':' || text[q] == '.'))
                ++q;
            const size_t digits_begin = q;
            while (q < text.size() && IsDigit(text[q])) ++q;
            const size_t digits = q - digits_begin;
            if (digits == 0 || digits > kMaxExtensionDigits) continue;
            const std::string_view digit_text = text.substr(digits_begin, digits);
            while (q < text.size() && IsAsciiSpace(text[q])) ++q;
            if (bracketed) {
                if (q >= text.size() || text[q] != ')') continue;
                ++q;
                while (q < text.size() && IsAsciiSpace(text[q])) ++q;
            }
            if (q != text.size()) continue;
            main = text.substr(0, bracketed ? before - 1 : p);
            // "+7 495 123-45-67, доб. 12": the comma belongs to the marker, not the number.
            while (!main.empty() &&
                   (IsAsciiSpace(main.back()) || main.back() == ',' || main.back() == ';'))
                main.remove_suffix(1);
            ext.assign(digit_text);
            return true;
        }
    }
    return false;
}

bool IsSeparator(char32_t c) {
    return text::IsSpace(c) || c == '(' || c == ')' || c == '-' || c == '.' ||
           (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// "+" followed by `digits` (the country code first).
PhoneStatus International(std::string_view digits, std::string& e164) {
    if (digits.empty() || digits[0] == '0') return PhoneStatus::CountryDigits;
    if (digits[0] == '7') {
        if (digits.size() != 11) return PhoneStatus::CountryDigits;
    } else if (digits.size() < 7 || digits.size() > 15) {
        return PhoneStatus::CountryDigits;
    }
    e164.assign("+");
    e164.append(digits);
    return PhoneStatus::Ok;
}

PhoneStatus Domestic(std::string_view digits, std::string& e164) {
    if (digits.size() == 11 && (digits[0] == '8' || digits[0] == '7')) {
        e164.assign("+7");
        e164.append(digits.substr(1));
        return PhoneStatus::Ok;
    }
    if (digits.size() == 10 && digits[0] != '0') {
        e164.assign("+7");
        e164.append(digits);
        return PhoneStatus::Ok;
    }
    if (digits.size() > 2 && digits.substr(0, 2) == "00")
        return International(digits.substr(2), e164);
    if (digits.size() > 3 && digits.substr(0, 3) == "810")
        return International(digits.substr(3), e164);
    return PhoneStatus::RussianDigits;
}

}  // namespace

NormalizedPhone NormalizePhone(std::string_view text) {
    NormalizedPhone out;
    const std::string_view trimmed = text::TrimSpaces(text);
    if (trimmed.empty()) return out;  // Empty

    std::string_view main = trimmed;
    std::string ext;
    SplitExtension(trimmed, LowerForMarkers(trimmed), main, ext);

    std::string digits;
    bool plus = false;
    for (size_t i = 0; i < main.size();) {
        char32_t c;
        if (!text::DecodeUtf8(main, i, c)) {
            out.status = PhoneStatus::BadCharacters;
            return out;
        }
        if (c >= '0' && c <= '9') {
            if (digits.size() < 32) digits.push_back(static_cast<char>(c));
        } else if (c == '+' && !plus && digits.empty()) {
            plus = true;
        } else if (!IsSeparator(c)) {
            out.status = PhoneStatus::BadCharacters;
            return out;
        }
    }
    std::string e164;
    out.status = plus ? International(digits, e164) : Domestic(digits, e164);
    if (out.ok()) {
        out.e164 = std::move(e164);
        out.extension = std::move(ext);
    }
    return out;
}

std::string PhoneMatchKey(std::string_view text) { return NormalizePhone(text).e164; }

}  // namespace card
