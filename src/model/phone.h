// Phone numbers typed as free text, normalised to E.164 for matching (FORMAT.md, "Phones":
// `8 (495) 123-45-67`, `+7 495 1234567` and `4951234567` are the same Russian number).
// The text itself is always stored as typed; the normalised form is derived. Pure C++17.
//
// Rules (after trimming spaces, NBSP included):
// - An extension at the end is split off: "доб. 123", "доб 123", "доп. 123" (a common
//   misspelling), "вн. 123", "ext. 123", "ext 123", "x123", "#123", ",123", ";123"
//   (markers case-insensitive, Cyrillic included; optional ':' or '.' and spaces after
//   the marker; 1 to 8 digits; the whole marker may sit in brackets: "(доб. 123)").
// - The number may contain digits, spaces, brackets, '-', '.', the dashes U+2010..U+2015
//   and one '+' before the first digit. Anything else (letters, '/', a second number after
//   a comma) makes the text unrecognised: no guess is better than a false match.
// - With '+': "+7" needs exactly 11 digits; any other country code is kept as
//   "+digits" when there are 7..15 digits and the first is not 0.
// - Without '+': 11 digits starting with 8 or 7 -> "+7" and the last 10; 10 digits ->
//   "+7" and the 10; the international prefixes "00" and "810" followed by 7..15 digits
//   -> "+" and those digits. Anything else (a 7-digit local number without its area
//   code, a 9-digit typo) is unrecognised.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace card {

enum class PhoneStatus : uint8_t {
    Ok,
    Empty,          // nothing but spaces
    BadCharacters,  // letters or symbols other than the separators listed above
    RussianDigits,  // no '+': not 10 digits, nor 11 starting with 7 or 8, nor 00/810 + intl
    CountryDigits,  // '+': +7 without exactly 11 digits, or another code outside 7..15
};

struct NormalizedPhone {
    PhoneStatus status = PhoneStatus::Empty;
    std::string e164;       // "+74951234567"; "" unless status is Ok
    std::string extension;  // "123" when one was split off; "" otherwise (and unless Ok)

    bool ok() const { return status == PhoneStatus::Ok; }
};

NormalizedPhone NormalizePhone(std::string_view text);

// The key under which phone numbers are matched (incoming call -> client, duplicates):
// the E.164 number without the extension, so that "+7 495 123-45-67 доб. 12" and a
// caller id "+74951234567" meet. "" when the text is not a recognisable number; callers
// must not index or match empty keys.
std::string PhoneMatchKey(std::string_view text);

}  // namespace card
