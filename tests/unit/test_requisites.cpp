// Requisites: INN 10/12, KPP, OGRN/OGRNIP by the published rules (every example is first
// verified by an independent reference implementation below, not taken on trust), their
// one-digit mutations, consistency with the client's kind, e-mail and website formats.
#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "model/requisites.h"

using namespace card;

namespace {

// ---- Reference implementations, written independently of requisites.cpp: whole-number
// 64-bit arithmetic where the model works digit by digit.
int64_t Number(const std::string& digits) {
    int64_t v = 0;
    for (const char c : digits) v = v * 10 + (c - '0');
    return v;
}

bool AllAsciiDigits(const std::string& s) {
    for (const char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int WeightedControl(const std::string& s, const std::vector<int>& w) {
    int sum = 0;
    for (size_t i = 0; i < w.size(); ++i) sum += (s[i] - '0') * w[i];
    return sum % 11 % 10;
}

bool RefInn(const std::string& s) {
    if (!AllAsciiDigits(s)) return false;
    if (s.size() == 10) return WeightedControl(s, {2, 4, 10, 3, 5, 9, 4, 6, 8}) == s[9] - '0';
    if (s.size() == 12)
        return WeightedControl(s, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == s[10] - '0' &&
               WeightedControl(s, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == s[11] - '0';
    return false;
}

bool RefOgrn(const std::string& s) {  // 13 digits, first 1 or 5
    return AllAsciiDigits(s) && s.size() == 13 && (s[0] == '1' || s[0] == '5') &&
           Number(s.substr(0, 12)) % 11 % 10 == s[12] - '0';
}

bool RefOgrnip(const std::string& s) {  // 15 digits, first 3
    return AllAsciiDigits(s) && s.size() == 15 && s[0] == '3' &&
           Number(s.substr(0, 14)) % 13 % 10 == s[14] - '0';
}

// Appends the INN check digit(s) to 9 or 10 leading digits.
std::string CompleteInn(std::string s) {
    if (s.size() == 9) {
        s += static_cast<char>('0' + WeightedControl(s, {2, 4, 10, 3, 5, 9, 4, 6, 8}));
    } else {
        s += static_cast<char>('0' + WeightedControl(s, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
        s += static_cast<char>('0' + WeightedControl(s, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
    }
    return s;
}

std::string CompleteOgrn(const std::string& head) {  // 12 or 14 leading digits
    const int64_t m = head.size() == 12 ? 11 : 13;
    return head + static_cast<char>('0' + Number(head) % m % 10);
}

// Every string that differs from `s` in exactly one digit.
std::vector<std::string> OneDigitMutations(const std::string& s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size(); ++i)
        for (char d = '0'; d <= '9'; ++d)
            if (d != s[i]) {
                std::string m = s;
                m[i] = d;
                out.push_back(m);
            }
    return out;
}

// Real registry numbers of well-known companies, as commonly published.
const char* const kLegalInns[] = {
    "7707083893",  // Sberbank
    "7736050003",  // Gazprom
    "7736207543",  // Yandex
    "7708004767",  // Lukoil
    "7706107510",  // Rosneft
    "7712040126",  // Aeroflot
    "7702070139",  // VTB
    "7728168971",  // Alfa-Bank
};
const char* const kOgrns[] = {
    "1027700132195",  // Sberbank
    "1027700070518",  // Gazprom
    "1027700229193",  // Yandex
    "1027700035769",  // Lukoil
    "1027700043502",  // Rosneft
    "1027700092661",  // Aeroflot
    "1027739609391",  // VTB
};
const char* const kPersonalInns[] = {
    "500100732259",  // the commonly cited valid 12-digit example
};
const char* const kOgrnips[] = {
    "304500116000157",  // a commonly cited valid OGRNIP
};

Client LegalEntity() {
    Client c;
    c.id = "c1";
    c.name = "Sber";
    c.kind = ClientKind::LegalEntity;
    c.inn = "7707083893";
    c.kpp = "773601001";
    c.ogrn = "1027700132195";
    return c;
}

Client SoleTrader() {
    Client c;
    c.id = "c2";
    c.name = "IP Ivanov";
    c.kind = ClientKind::SoleTrader;
    c.inn = "500100732259";
    c.ogrn = "304500116000157";
    return c;
}

std::vector<FieldProblem> P(std::vector<FieldProblem> v) { return v; }

}  // namespace

TEST_CASE("Reference implementation agrees with the published examples") {
    for (const char* s : kLegalInns) CHECK_MESSAGE(RefInn(s), s);
    for (const char* s : kPersonalInns) CHECK_MESSAGE(RefInn(s), s);
    for (const char* s : kOgrns) CHECK_MESSAGE(RefOgrn(s), s);
    for (const char* s : kOgrnips) CHECK_MESSAGE(RefOgrnip(s), s);
    CHECK_FALSE(RefInn("7707083894"));
    CHECK_FALSE(RefOgrn("1027700132196"));
}

TEST_CASE("INN of 10 digits: real companies and every one-digit mutation") {
    for (const char* inn : kLegalInns) {
        CAPTURE(inn);
        REQUIRE(RefInn(inn));
        const CheckResult r = ValidateInn(inn);
        CHECK(r.reason == CheckReason::Ok);
        CHECK(r.ok());
        CHECK(r.given());
        CHECK(r.normalized == inn);
        CHECK(InnCheckDigitsMatch(inn));
        int caught = 0, total = 0;
        for (const std::string& m : OneDigitMutations(inn)) {
            CAPTURE(m);
            const CheckReason got = ValidateInn(m).reason;
            CHECK(got == (RefInn(m) ? CheckReason::Ok : CheckReason::InnCheckDigit));
            if (m[9] != inn[9]) CHECK(got == CheckReason::InnCheckDigit);  // the check digit
            caught += got == CheckReason::InnCheckDigit;
            ++total;
        }
        // mod 11 then mod 10 lets a few mutations through (remainder 10 reads as 0).
        CHECK(caught * 10 >= total * 8);
    }
}

TEST_CASE("INN of 12 digits: the published example, constructed ones, mutations") {
    std::vector<std::string> inns(std::begin(kPersonalInns), std::end(kPersonalInns));
    inns.push_back(CompleteInn("7736123456"));
    inns.push_back(CompleteInn("0000000001"));
    inns.push_back(CompleteInn("9999999999"));
    for (const std::string& inn : inns) {
        CAPTURE(inn);
        REQUIRE(RefInn(inn));
        CHECK(ValidateInn(inn).reason == CheckReason::Ok);
        for (const std::string& m : OneDigitMutations(inn)) {
            CAPTURE(m);
            const CheckReason got = ValidateInn(m).reason;
            CHECK(got == (RefInn(m) ? CheckReason::Ok : CheckReason::InnCheckDigit));
            if (m[11] != inn[11]) CHECK(got == CheckReason::InnCheckDigit);
        }
    }
    // Each of the two check digits is checked on its own.
    CHECK(ValidateInn("500100732269").reason == CheckReason::InnCheckDigit);
    CHECK(ValidateInn("500100732258").reason == CheckReason::InnCheckDigit);
}

TEST_CASE("INN: spaces are trimmed, other characters and lengths are reasons") {
    CHECK(ValidateInn("").reason == CheckReason::Empty);
    CHECK(ValidateInn("  \t").reason == CheckReason::Empty);
    CHECK(ValidateInn("").ok());
    CHECK_FALSE(ValidateInn("").given());
    CHECK(ValidateInn("").normalized.empty());
    CHECK(ValidateInn(" 7707083893 ").normalized == "7707083893");
    CHECK(ValidateInn(" 7707083893 ").reason == CheckReason::Ok);
    const std::string nbsp = "\xC2\xA0";
    CHECK(ValidateInn(nbsp + "7707083893" + nbsp).reason == CheckReason::Ok);
    CHECK(ValidateInn("7707 083893").reason == CheckReason::InnNotDigits);
    CHECK(ValidateInn("7707-083893").reason == CheckReason::InnNotDigits);
    CHECK(ValidateInn("77O7083893").reason == CheckReason::InnNotDigits);   // letter O
    CHECK(ValidateInn("７707083893").reason == CheckReason::InnNotDigits);  // full-width 7
    CHECK(ValidateInn("+7707083893").reason == CheckReason::InnNotDigits);
    CHECK(ValidateInn("770708389").reason == CheckReason::InnLength);
    CHECK(ValidateInn("77070838931").reason == CheckReason::InnLength);
    CHECK(ValidateInn("5001007322591").reason == CheckReason::InnLength);
    CHECK(ValidateInn("7707083894").reason == CheckReason::InnCheckDigit);
    CHECK_FALSE(ValidateInn("7707083894").ok());
    CHECK(ValidateInn("7707083894").normalized == "7707083894");
    CHECK_FALSE(InnCheckDigitsMatch("770708389"));
    CHECK_FALSE(InnCheckDigitsMatch(" 7707083893"));
    CHECK(std::string(CheckReasonText(CheckReason::InnLength)) == "INN must be 10 or 12 digits");
    CHECK(std::string(CheckReasonText(CheckReason::InnCheckDigit)) ==
          "INN check digit does not match");
}

TEST_CASE("KPP: 4 digits, 2 digits or capital Latin letters, 3 digits") {
    CHECK(ValidateKpp("773601001").reason == CheckReason::Ok);  // Sberbank
    CHECK(ValidateKpp(" 773601001 ").normalized == "773601001");
    CHECK(ValidateKpp("7736AB001").reason == CheckReason::Ok);
    CHECK(ValidateKpp("77360Z001").reason == CheckReason::Ok);
    CHECK(ValidateKpp("").reason == CheckReason::Empty);
    CHECK(ValidateKpp("7736ab001").reason == CheckReason::KppFormat);
    CHECK(ValidateKpp("7736АБ001").reason == CheckReason::KppFormat);  // Cyrillic А, Б
    CHECK(ValidateKpp("A73601001").reason == CheckReason::KppFormat);
    CHECK(ValidateKpp("773A01001").reason == CheckReason::KppFormat);
    CHECK(ValidateKpp("7736010A1").reason == CheckReason::KppFormat);
    CHECK(ValidateKpp("7736 1001").reason == CheckReason::KppFormat);
    CHECK(ValidateKpp("77360100").reason == CheckReason::KppLength);
    CHECK(ValidateKpp("7736010011").reason == CheckReason::KppLength);
    CHECK(ValidateKpp("7736 01 001").reason == CheckReason::KppLength);
}

TEST_CASE("OGRN: real companies, every one-digit mutation, the remainder-10 case") {
    for (const char* ogrn : kOgrns) {
        CAPTURE(ogrn);
        REQUIRE(RefOgrn(ogrn));
        CHECK(ValidateOgrn(ogrn).reason == CheckReason::Ok);
        CHECK(OgrnCheckDigitMatches(ogrn));
        for (const std::string& m : OneDigitMutations(ogrn)) {
            CAPTURE(m);
            const CheckReason want = (m[0] != '1' && m[0] != '5') ? CheckReason::OgrnPrefix
                                     : RefOgrn(m)                 ? CheckReason::Ok
                                                                  : CheckReason::OgrnCheckDigit;
            CHECK(ValidateOgrn(m).reason == want);
            if (m[12] != ogrn[12]) CHECK(ValidateOgrn(m).reason == CheckReason::OgrnCheckDigit);
        }
    }
    // A head whose remainder mod 11 is 10: the check digit is 0.
    std::string head = "102770013219";
    while (Number(head) % 11 != 10) head = std::to_string(Number(head) + 1);
    CAPTURE(head);
    CHECK(ValidateOgrn(head + "0").reason == CheckReason::Ok);
    CHECK(ValidateOgrn(head + "1").reason == CheckReason::OgrnCheckDigit);
    // Large values: digit-wise arithmetic stays exact.
    const std::string big = CompleteOgrn("599999999999");
    REQUIRE(RefOgrn(big));
    CHECK(ValidateOgrn(big).reason == CheckReason::Ok);

    CHECK(ValidateOgrn("").reason == CheckReason::Empty);
    CHECK(ValidateOgrn(" 1027700132195\t").reason == CheckReason::Ok);
    CHECK(ValidateOgrn("1027700132195").normalized == "1027700132195");
    CHECK(ValidateOgrn("102770013219").reason == CheckReason::OgrnLength);
    CHECK(ValidateOgrn("304500116000157").reason == CheckReason::OgrnLength);
    CHECK(ValidateOgrn("1027700 132195").reason == CheckReason::OgrnNotDigits);
    CHECK(ValidateOgrn(CompleteOgrn("202770013219")).reason == CheckReason::OgrnPrefix);
    CHECK(ValidateOgrn(CompleteOgrn("502770013219")).reason == CheckReason::Ok);
}

TEST_CASE("OGRNIP: the published example, constructed ones, mutations") {
    std::vector<std::string> all(std::begin(kOgrnips), std::end(kOgrnips));
    all.push_back(CompleteOgrn("31677460040126"));
    all.push_back(CompleteOgrn("39999999999999"));  // beyond 32 bits, exact
    for (const std::string& ogrnip : all) {
        CAPTURE(ogrnip);
        REQUIRE(RefOgrnip(ogrnip));
        CHECK(ValidateOgrnip(ogrnip).reason == CheckReason::Ok);
        CHECK(OgrnCheckDigitMatches(ogrnip));
        for (const std::string& m : OneDigitMutations(ogrnip)) {
            CAPTURE(m);
            const CheckReason want = m[0] != '3'    ? CheckReason::OgrnipPrefix
                                     : RefOgrnip(m) ? CheckReason::Ok
                                                    : CheckReason::OgrnipCheckDigit;
            CHECK(ValidateOgrnip(m).reason == want);
            if (m[14] != ogrnip[14])
                CHECK(ValidateOgrnip(m).reason == CheckReason::OgrnipCheckDigit);
        }
    }
    CHECK(ValidateOgrnip("").reason == CheckReason::Empty);
    CHECK(ValidateOgrnip("1027700132195").reason == CheckReason::OgrnipLength);
    CHECK(ValidateOgrnip("30450011600015").reason == CheckReason::OgrnipLength);
    CHECK(ValidateOgrnip("30450011600015x").reason == CheckReason::OgrnipNotDigits);
    CHECK(ValidateOgrnip(CompleteOgrn("40450011600015")).reason == CheckReason::OgrnipPrefix);
    CHECK_FALSE(OgrnCheckDigitMatches("10277001321950"));
}

TEST_CASE("Client requisites: a complete legal entity and sole trader have no problems") {
    CHECK(ValidateClientRequisites(LegalEntity()).empty());
    CHECK(ValidateClientRequisites(SoleTrader()).empty());
    Client person;
    person.kind = ClientKind::Person;
    CHECK(ValidateClientRequisites(person).empty());
    person.inn = "500100732259";
    CHECK(ValidateClientRequisites(person).empty());
    Client prospect;  // a legal entity with nothing known yet
    CHECK(ValidateClientRequisites(prospect).empty());
    Client spaced = LegalEntity();
    spaced.inn = " 7707083893 ";
    spaced.kpp = "773601001 ";
    spaced.ogrn = "\t1027700132195";
    CHECK(ValidateClientRequisites(spaced).empty());
}

TEST_CASE("Client requisites: consistency with the kind") {
    using F = RequisiteField;
    using R = CheckReason;
    SUBCASE("legal entity") {
        Client c = LegalEntity();
        c.kpp.clear();
        CHECK(ValidateClientRequisites(c) == P({{F::Kpp, 0, R::KppMissing}}));
        c = LegalEntity();
        c.inn = "500100732259";
        CHECK(ValidateClientRequisites(c) == P({{F::Inn, 0, R::InnLegalEntity10}}));
        c.inn = "500100732258";  // wrong length for the kind and a wrong check digit
        CHECK(ValidateClientRequisites(c) ==
              P({{F::Inn, 0, R::InnCheckDigit}, {F::Inn, 0, R::InnLegalEntity10}}));
        c = LegalEntity();
        c.ogrn = "304500116000157";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnipForLegalEntity}}));
        c.ogrn = "10277001321";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnLength}}));
        c.ogrn = "1027700132196";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnCheckDigit}}));
        c.ogrn = "10277OO132195";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnNotDigits}}));
        c = LegalEntity();
        c.inn.clear();  // no INN: a missing KPP is not asked for
        c.kpp.clear();
        CHECK(ValidateClientRequisites(c).empty());
        c = LegalEntity();
        c.kpp = "7736ab001";
        CHECK(ValidateClientRequisites(c) == P({{F::Kpp, 0, R::KppFormat}}));
    }
    SUBCASE("sole trader") {
        Client c = SoleTrader();
        c.inn = "7707083893";
        CHECK(ValidateClientRequisites(c) == P({{F::Inn, 0, R::InnIndividual12}}));
        c = SoleTrader();
        c.kpp = "773601001";
        CHECK(ValidateClientRequisites(c) == P({{F::Kpp, 0, R::KppNotApplicable}}));
        c = SoleTrader();
        c.ogrn = "1027700132195";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnForSoleTrader}}));
        c.ogrn = "30450011600015";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnipLength}}));
        c.ogrn = "304500116000158";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnipCheckDigit}}));
        c.ogrn = "3045OO116000157";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnipNotDigits}}));
    }
    SUBCASE("person") {
        Client c;
        c.kind = ClientKind::Person;
        c.inn = "7707083893";
        CHECK(ValidateClientRequisites(c) == P({{F::Inn, 0, R::InnIndividual12}}));
        c.inn = "500100732259";
        c.kpp = "773601001";
        CHECK(ValidateClientRequisites(c) == P({{F::Kpp, 0, R::KppNotApplicable}}));
        c.kpp.clear();
        c.ogrn = "304500116000157";
        CHECK(ValidateClientRequisites(c) == P({{F::Ogrn, 0, R::OgrnForPerson}}));
        c.ogrn = "12345";
        CHECK(ValidateClientRequisites(c) ==
              P({{F::Ogrn, 0, R::OgrnAnyLength}, {F::Ogrn, 0, R::OgrnForPerson}}));
    }
}

TEST_CASE("Client requisites: phones, e-mails and website, by index") {
    using F = RequisiteField;
    using R = CheckReason;
    Client c = LegalEntity();
    c.phones = {"8 (495) 500-55-50", "call the office", "", "+7 495 123"};
    c.emails = {"sberbank@sberbank.ru", "почта@пример.рф", "info at sberbank.ru"};
    c.website = "ftp://sberbank.ru";
    CHECK(ValidateClientRequisites(c) == P({{F::Phone, 1, R::PhoneBadCharacters},
                                            {F::Phone, 3, R::PhoneCountryDigits},
                                            {F::Email, 2, R::EmailSpaces},
                                            {F::Website, 0, R::WebsiteScheme}}));
    c.phones = {"8 (495) 500-55-50"};
    c.emails = {"sberbank@sberbank.ru"};
    c.website = "https://www.sberbank.ru/";
    CHECK(ValidateClientRequisites(c).empty());
    CHECK(std::string(RequisiteFieldName(F::Phone)) == "phones");
    CHECK(std::string(RequisiteFieldName(F::Ogrn)) == "ogrn");
}

TEST_CASE("E-mail: pragmatic format check, Cyrillic domains allowed") {
    const char* const good[] = {
        "info@sberbank.ru",       "  info@sberbank.ru ",        "ivan.petrov+crm@mail.ru",
        "a_b-c@sub.domain.co.uk", "o'brien@example.com",        "почта@пример.рф",
        "Иван.Петров@Пример.РФ",  "info@xn--e1afmkfd.xn--p1ai", "x@1c.ru",
    };
    for (const char* e : good) {
        CAPTURE(e);
        CHECK(ValidateEmail(e).reason == CheckReason::Ok);
    }
    CHECK(ValidateEmail("  info@sberbank.ru ").normalized == "info@sberbank.ru");
    CHECK(ValidateEmail("").reason == CheckReason::Empty);

    struct Bad {
        const char* text;
        CheckReason reason;
    };
    const Bad bad[] = {
        {"info sber@mail.ru", CheckReason::EmailSpaces},
        {"info@mail\xC2\xA0ru", CheckReason::EmailSpaces},  // NBSP inside
        {"a@mail.ru, b@mail.ru", CheckReason::EmailSpaces},
        {"a@mail.ru,b@mail.ru", CheckReason::EmailAt},
        {"mail.ru", CheckReason::EmailAt},
        {"a@@mail.ru", CheckReason::EmailAt},
        {"a@b@mail.ru", CheckReason::EmailAt},
        {"@mail.ru", CheckReason::EmailLocalEmpty},
        {".a@mail.ru", CheckReason::EmailLocalInvalid},
        {"a.@mail.ru", CheckReason::EmailLocalInvalid},
        {"a..b@mail.ru", CheckReason::EmailLocalInvalid},
        {"a,b@mail.ru", CheckReason::EmailLocalInvalid},
        {"<a>@mail.ru", CheckReason::EmailLocalInvalid},
        {"a\xFF@mail.ru", CheckReason::EmailLocalInvalid},  // malformed UTF-8
        {"info@", CheckReason::EmailDomainNoDot},
        {"info@mailru", CheckReason::EmailDomainNoDot},
        {"info@пример", CheckReason::EmailDomainNoDot},
        {"info@mail..ru", CheckReason::EmailDomainInvalid},
        {"info@.mail.ru", CheckReason::EmailDomainInvalid},
        {"info@mail.ru.", CheckReason::EmailDomainInvalid},
        {"info@-mail.ru", CheckReason::EmailDomainInvalid},
        {"info@mail-.ru", CheckReason::EmailDomainInvalid},
        {"info@mail_ru.ru", CheckReason::EmailDomainInvalid},
        {"info@mail.123", CheckReason::EmailDomainInvalid},
        {"info@пример.рф\xE2\x80\x9D", CheckReason::EmailDomainInvalid},  // closing quote
    };
    for (const Bad& b : bad) {
        CAPTURE(b.text);
        CHECK(ValidateEmail(b.text).reason == b.reason);
    }
}

TEST_CASE("Website: optional http(s)://, a host with a dot, Cyrillic IDN") {
    const char* const good[] = {
        "sberbank.ru",
        "www.sberbank.ru",
        "https://www.sberbank.ru/",
        "HTTP://Example.COM/path?q=1#top",
        "пример.рф",
        "https://пример.рф/контакты",
        "http://ПРИМЕР.РФ",
        "http://xn--e1afmkfd.xn--p1ai",
        "https://example.ru:8080/x",
        "example.ru?utm=1",
        "http://192.168.0.1/",
        " 1c.ru ",
    };
    for (const char* w : good) {
        CAPTURE(w);
        CHECK(ValidateWebsite(w).reason == CheckReason::Ok);
    }
    CHECK(ValidateWebsite(" 1c.ru ").normalized == "1c.ru");
    CHECK(ValidateWebsite("").reason == CheckReason::Empty);

    struct Bad {
        const char* text;
        CheckReason reason;
    };
    const Bad bad[] = {
        {"ftp://example.ru", CheckReason::WebsiteScheme},
        {"javascript://x.ru", CheckReason::WebsiteScheme},
        {"example", CheckReason::WebsiteHostNoDot},
        {"https://", CheckReason::WebsiteHostNoDot},
        {"http://localhost:8080/", CheckReason::WebsiteHostNoDot},
        {"пример", CheckReason::WebsiteHostNoDot},
        {"http://exa mple.ru", CheckReason::WebsiteSpaces},
        {"example.ru/my page", CheckReason::WebsiteSpaces},
        {"http://user@example.ru", CheckReason::WebsiteHostInvalid},
        {"example.ru:99999", CheckReason::WebsiteHostInvalid},
        {"example.ru:", CheckReason::WebsiteHostInvalid},
        {"example.ru:80a", CheckReason::WebsiteHostInvalid},
        {"exa_mple.ru", CheckReason::WebsiteHostInvalid},
        {"-example.ru", CheckReason::WebsiteHostInvalid},
        {"example..ru", CheckReason::WebsiteHostInvalid},
        {"example.ru./", CheckReason::WebsiteHostInvalid},
        {"example.123", CheckReason::WebsiteHostInvalid},
        {"«пример.рф»", CheckReason::WebsiteHostInvalid},
        {"http://exa\xFFmple.ru", CheckReason::WebsiteHostInvalid},
    };
    for (const Bad& b : bad) {
        CAPTURE(b.text);
        CHECK(ValidateWebsite(b.text).reason == b.reason);
    }
}

TEST_CASE("Phone through the requisites API: reasons and normalized form") {
    CHECK(ValidatePhone("8 (495) 123-45-67").normalized == "+74951234567");
    CHECK(ValidatePhone("8 (495) 123-45-67 доб. 123").normalized == "+74951234567;ext=123");
    CHECK(ValidatePhone("").reason == CheckReason::Empty);
    CHECK(ValidatePhone("call me").reason == CheckReason::PhoneBadCharacters);
    CHECK(ValidatePhone("123-45-67").reason == CheckReason::PhoneDigitCount);
    CHECK(ValidatePhone("+7 495 123-45-6").reason == CheckReason::PhoneCountryDigits);
    CHECK(ValidatePhone("123-45-67").normalized.empty());  // no match for garbage
}

TEST_CASE("Every reason has a description and a unique id") {
    std::set<std::string> ids;
    for (size_t i = 0; i < kCheckReasonCount; ++i) {
        const auto r = static_cast<CheckReason>(i);
        CAPTURE(i);
        CHECK(std::string(CheckReasonText(r)).size() > 1);
        const std::string id = CheckReasonId(r);
        CHECK(!id.empty());
        CHECK(ids.insert(id).second);
    }
    CHECK(std::string(CheckReasonId(CheckReason::InnCheckDigit)) == "inn_check_digit");
}
