// Phones typed as free text -> E.164 for matching: Russian formats, extensions,
// international numbers, garbage, and the FORMAT.md promise that `8 (495) 123-45-67`,
// `+7 495 1234567` and `4951234567` are the same number.
#include <doctest/doctest.h>

#include <string>
#include <unordered_map>

#include "model/phone.h"

using namespace card;

TEST_CASE("Russian numbers in the usual formats become +7 and 10 digits") {
    const std::string nbsp = "\xC2\xA0", en_dash = "\xE2\x80\x93";
    const std::string same[] = {
        "8 (495) 123-45-67",
        "+7 495 1234567",
        "4951234567",
        "7 495 123 45 67",
        "+7 (495) 123-45-67",
        "8-495-123-45-67",
        "8.495.123.45.67",
        "(495) 123 45 67",
        "+ 7 495 123 45 67",
        "  84951234567  ",
        "8" + nbsp + "(495)" + nbsp + "123-45-67",
        "8 (495) 123" + en_dash + "45" + en_dash + "67",
    };
    for (const std::string& text : same) {
        CAPTURE(text);
        const NormalizedPhone p = NormalizePhone(text);
        CHECK(p.status == PhoneStatus::Ok);
        CHECK(p.ok());
        CHECK(p.e164 == "+74951234567");
        CHECK(p.extension.empty());
    }
    CHECK(NormalizePhone("8-800-555-35-35").e164 == "+78005553535");
    CHECK(NormalizePhone("8 (812) 000-00-00").e164 == "+78120000000");
    CHECK(NormalizePhone("+7 727 123 45 67").e164 == "+77271234567");  // +7 Kazakhstan
}

TEST_CASE("The three formats of FORMAT.md give one match key") {
    const std::string key = PhoneMatchKey("8 (495) 123-45-67");
    CHECK(key == "+74951234567");
    CHECK(PhoneMatchKey("+7 495 1234567") == key);
    CHECK(PhoneMatchKey("4951234567") == key);

    std::unordered_map<std::string, std::string> owner;  // key -> client id
    owner[PhoneMatchKey("8 (495) 123-45-67")] = "c1";
    owner[PhoneMatchKey("+7 (812) 765-43-21 доб. 5")] = "c2";
    CHECK(owner.at(PhoneMatchKey("+7 495 1234567")) == "c1");
    CHECK(owner.at(PhoneMatchKey("4951234567")) == "c1");
    CHECK(owner.at(PhoneMatchKey("+78127654321")) == "c2");  // caller id has no extension
    CHECK(owner.count(PhoneMatchKey("+7 495 1234568")) == 0);
}

TEST_CASE("Extensions are split off") {
    struct Case {
        const char* text;
        const char* ext;
    };
    const Case cases[] = {
        {"+7 495 123-45-67 доб. 123", "123"},   {"+7 495 123-45-67 доб.123", "123"},
        {"+7 495 123-45-67 доб 123", "123"},    {"+7 495 123-45-67 Доб. 123", "123"},
        {"+7 495 123-45-67 ДОБ. 123", "123"},   {"+7 495 123-45-67 добавочный 123", "123"},
        {"+7 495 123-45-67 доп. 123", "123"},   {"+7 495 123-45-67 вн. 123", "123"},
        {"+7 495 123-45-67 (доб. 123)", "123"}, {"+7 495 123-45-67, доб. 123", "123"},
        {"8 (495) 123-45-67 ext. 123", "123"},  {"8 (495) 123-45-67 EXT 123", "123"},
        {"8 (495) 123-45-67 ext:123", "123"},   {"8 (495) 123-45-67 x123", "123"},
        {"8 (495) 123-45-67 X 123", "123"},     {"8 (495) 123-45-67#123", "123"},
        {"8 (495) 123-45-67 # 123", "123"},     {"8 (495) 123-45-67,123", "123"},
        {"8 (495) 123-45-67;123", "123"},       {"4951234567 доб. 12345678", "12345678"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const NormalizedPhone p = NormalizePhone(c.text);
        CHECK(p.status == PhoneStatus::Ok);
        CHECK(p.e164 == "+74951234567");
        CHECK(p.extension == c.ext);
        CHECK(PhoneMatchKey(c.text) == "+74951234567");
    }
    // Not an extension: too long, no digits, or more text after it.
    CHECK(NormalizePhone("8 (495) 123-45-67 доб. 123456789").status == PhoneStatus::BadCharacters);
    CHECK(NormalizePhone("8 (495) 123-45-67 доб.").status == PhoneStatus::BadCharacters);
    CHECK(NormalizePhone("8 (495) 123-45-67 x").status == PhoneStatus::BadCharacters);
    CHECK(NormalizePhone("8 (495) 123-45-67 доб. 12 Иван").status == PhoneStatus::BadCharacters);
    CHECK(NormalizePhone("8 (495) 123-45-67 (доб. 12").status == PhoneStatus::BadCharacters);
}

TEST_CASE("International numbers other than +7 are kept as + and digits") {
    CHECK(NormalizePhone("+44 20 7946 0958").e164 == "+442079460958");
    CHECK(NormalizePhone("+1 (212) 555-0100").e164 == "+12125550100");
    CHECK(NormalizePhone("+49 30 1234567").e164 == "+49301234567");
    CHECK(NormalizePhone("+380 44 123 45 67").e164 == "+380441234567");
    CHECK(NormalizePhone("+375 17 123-45-67 доб. 9").extension == "9");
    CHECK(NormalizePhone("00 44 20 7946 0958").e164 == "+442079460958");  // 00 prefix
    CHECK(NormalizePhone("8 10 49 30 1234567").e164 == "+49301234567");   // 8-10 prefix
    CHECK(NormalizePhone("00 7 495 123 45 67").e164 == "+74951234567");
    CHECK(NormalizePhone("+123456789012345").e164 == "+123456789012345");  // 15 digits
    CHECK(NormalizePhone("+1234567890123456").status == PhoneStatus::CountryDigits);
    CHECK(NormalizePhone("+123456").status == PhoneStatus::CountryDigits);
    CHECK(NormalizePhone("+0 123 456 78").status == PhoneStatus::CountryDigits);
    CHECK(NormalizePhone("+7 495 123 45 6").status == PhoneStatus::CountryDigits);
    CHECK(NormalizePhone("+7 8 495 123 45 67").status == PhoneStatus::CountryDigits);
    CHECK(NormalizePhone("+").status == PhoneStatus::CountryDigits);
    CHECK(NormalizePhone("00 12").status == PhoneStatus::CountryDigits);
}

TEST_CASE("Garbage gives no normalised value and no match key") {
    struct Case {
        const char* text;
        PhoneStatus status;
    };
    const Case cases[] = {
        {"", PhoneStatus::Empty},
        {"   \xC2\xA0", PhoneStatus::Empty},
        {"call me", PhoneStatus::BadCharacters},
        {"нет", PhoneStatus::BadCharacters},
        {"8 (495) 123-45-67 Иван", PhoneStatus::BadCharacters},
        {"8 (495) 123-45-67, 8 (495) 765-43-21", PhoneStatus::BadCharacters},
        {"8 (495) 123-45-67 / 765-43-21", PhoneStatus::BadCharacters},
        {"++7 495 123 45 67", PhoneStatus::BadCharacters},
        {"8 495 +123 45 67", PhoneStatus::BadCharacters},
        {"\xEF\xBC\x98 495 123 45 67", PhoneStatus::BadCharacters},  // full-width 8
        {"8 495 123 45 67\xFF", PhoneStatus::BadCharacters},         // malformed UTF-8
        {"123-45-67", PhoneStatus::RussianDigits},                   // no area code
        {"495 123 45 6", PhoneStatus::RussianDigits},
        {"9 495 123 45 67", PhoneStatus::RussianDigits},  // 11 digits, not 7 or 8
        {"7 495 123 45 67 89", PhoneStatus::RussianDigits},
        {"0495123456", PhoneStatus::RussianDigits},
        {"---", PhoneStatus::RussianDigits},
        {"доб. 123", PhoneStatus::RussianDigits},
        {"12345678901234567890123456789012345678901234567890", PhoneStatus::RussianDigits},
    };
    for (const Case& c : cases) {
        CAPTURE(c.text);
        const NormalizedPhone p = NormalizePhone(c.text);
        CHECK(p.status == c.status);
        CHECK_FALSE(p.ok());
        CHECK(p.e164.empty());
        CHECK(p.extension.empty());
        CHECK(PhoneMatchKey(c.text).empty());
    }
}
