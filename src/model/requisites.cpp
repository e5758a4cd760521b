#include "model/requisites.h"

#include "model/phone.h"
#include "model/text_scan.h"

namespace card {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpperLatin(char c) { return c >= 'A' && c <= 'Z'; }

bool AllDigits(std::string_view s) {
    for (const char c : s)
        if (!IsDigit(c)) return false;
    return true;
}

// (decimal number written by `digits`) mod m, digit by digit: no overflow for any length.
unsigned ModDigits(std::string_view digits, unsigned m) {
    unsigned r = 0;
    for (const char c : digits) r = (r * 10 + static_cast<unsigned>(c - '0')) % m;
    return r;
}

// (sum of digit * weight) mod 11 mod 10, over the first `n` digits.
unsigned InnControl(std::string_view digits, const int* weights, size_t n) {
    int sum = 0;
    for (size_t i = 0; i < n; ++i) sum += (digits[i] - '0') * weights[i];
    return static_cast<unsigned>(sum % 11 % 10);
}

CheckResult Result(CheckReason reason, std::string_view normalized) {
    CheckResult r;
    r.reason = reason;
    r.normalized.assign(normalized);
    return r;
}

bool ContainsSpace(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        char32_t c;
        if (!text::DecodeUtf8(s, i, c)) {
            ++i;  // malformed bytes are judged by the caller's character rules
            continue;
        }
        if (text::IsSpace(c)) return true;
    }
    return false;
}

bool IsAsciiLetterOrDigit(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Non-ASCII code points accepted as letters in domains and local parts: everything from
// U+00C0 on (Latin-1 letters, Cyrillic, ...) except spaces and punctuation blocks.
bool IsNonAsciiLetter(char32_t c) {
    if (c < 0xC0 || text::IsSpace(c)) return false;
    if (c == 0xD7 || c == 0xF7) return false;      // multiplication, division
    if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
    if (c >= 0xFE00 && c <= 0xFE0F) return false;  // variation selectors
    if (c >= 0xFF00 && c <= 0xFF0F) return false;  // full-width punctuation
    return true;
}

enum class HostCheck { Ok, NoDot, Invalid };

bool IsIpv4(std::string_view host) {
    int parts = 0;
    size_t i = 0;
    while (true) {
        size_t j = i;
        unsigned v = 0;
        while (j < host.size() && IsDigit(host[j]) && j - i < 3)
            v = v * 10 + static_cast<unsigned>(host[j++] - '0');
        if (j == i || v > 255) return false;
        ++parts;
        if (j == host.size()) return parts == 4;
        if (host[j] != '.' || parts == 4) return false;
        i = j + 1;
    }
}

// A domain name: dot-separated labels of letters (non-ASCII allowed), digits and inner
// hyphens; the last label not all digits. Or a dotted IPv4 address.
HostCheck CheckHost(std::string_view host) {
    if (host.find('.') == std::string_view::npos) return HostCheck::NoDot;
    if (IsIpv4(host)) return HostCheck::Ok;
    size_t label_begin = 0;
    bool label_all_digits = true;
    for (size_t i = 0; i <= host.size();) {
        if (i == host.size() || host[i] == '.') {
            const std::string_view label = host.substr(label_begin, i - label_begin);
            if (label.empty() || label.front() == '-' || label.back() == '-')
                return HostCheck::Invalid;
            if (i == host.size()) return label_all_digits ? HostCheck::Invalid : HostCheck::Ok;
            label_begin = ++i;
            label_all_digits = true;
            continue;
        }
        char32_t c;
        if (!text::DecodeUtf8(host, i, c)) return HostCheck::Invalid;
        if (!(IsAsciiLetterOrDigit(c) || c == '-' || IsNonAsciiLetter(c)))
            return HostCheck::Invalid;
        if (!(c >= '0' && c <= '9')) label_all_digits = false;
    }
    return HostCheck::Ok;  // not reached: the loop returns at the end of the last label
}

// RFC 5322 atext plus non-ASCII letters (RFC 6531); dots are handled by the caller.
bool IsLocalChar(char32_t c) {
    if (IsAsciiLetterOrDigit(c)) return true;
    if (c < 0x80) {
        for (const char* p = "!#$%&'*+-/=?^_`{|}~"; *p; ++p)
            if (c == static_cast<char32_t>(*p)) return true;
        return false;
    }
    return IsNonAsciiLetter(c);
}

bool IsValidLocalPart(std::string_view local) {
    if (local.front() == '.' || local.back() == '.') return false;
    if (local.find("..") != std::string_view::npos) return false;
    for (size_t i = 0; i < local.size();) {
        char32_t c;
        if (!text::DecodeUtf8(local, i, c)) return false;
        if (c != '.' && !IsLocalChar(c)) return false;
    }
    return true;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

// The client's ogrn field: OGRN for a legal entity, OGRNIP for a sole trader.
void CheckClientOgrn(std::string_view value, ClientKind kind, std::vector<FieldProblem>& out) {
    const std::string_view v = text::TrimSpaces(value);
    if (v.empty()) return;
    const auto add = [&out](CheckReason r) {
        out.push_back(FieldProblem{RequisiteField::Ogrn, 0, r});
    };
    if (v.size() != 13 && v.size() != 15) {
        if (!AllDigits(v)) {
            add(kind == ClientKind::SoleTrader ? CheckReason::OgrnipNotDigits
                                               : CheckReason::OgrnNotDigits);
        } else {
            add(kind == ClientKind::LegalEntity  ? CheckReason::OgrnLength
                : kind == ClientKind::SoleTrader ? CheckReason::OgrnipLength
                                                 : CheckReason::OgrnAnyLength);
        }
    } else {
        const CheckResult r = v.size() == 13 ? ValidateOgrn(v) : ValidateOgrnip(v);
        if (!r.ok()) add(r.reason);
        if (v.size() == 15 && kind == ClientKind::LegalEntity)
            add(CheckReason::OgrnipForLegalEntity);
        if (v.size() == 13 && kind == ClientKind::SoleTrader) add(CheckReason::OgrnForSoleTrader);
    }
    if (kind == ClientKind::Person) add(CheckReason::OgrnForPerson);
}

}  // namespace

const char* CheckReasonText(CheckReason r) {
    switch (r) {
        case CheckReason::Ok: return "ok";
        case CheckReason::Empty: return "not given";
        case CheckReason::InnNotDigits: return "INN must contain only digits";
        case CheckReason::InnLength: return "INN must be 10 or 12 digits";
        case CheckReason::InnCheckDigit: return "INN check digit does not match";
        case CheckReason::KppLength: return "KPP must be 9 characters";
        case CheckReason::KppFormat:
            return "KPP must be 4 digits, 2 digits or capital Latin letters, 3 digits";
        case CheckReason::OgrnNotDigits: return "OGRN must contain only digits";
        case CheckReason::OgrnLength: return "OGRN must be 13 digits";
        case CheckReason::OgrnPrefix: return "OGRN must start with 1 or 5";
        case CheckReason::OgrnCheckDigit: return "OGRN check digit does not match";
        case CheckReason::OgrnipNotDigits: return "OGRNIP must contain only digits";
        case CheckReason::OgrnipLength: return "OGRNIP must be 15 digits";
        case CheckReason::OgrnipPrefix: return "OGRNIP must start with 3";
        case CheckReason::OgrnipCheckDigit: return "OGRNIP check digit does not match";
        case CheckReason::OgrnAnyLength: return "must be 13 digits (OGRN) or 15 digits (OGRNIP)";
        case CheckReason::InnLegalEntity10: return "a legal entity's INN has 10 digits";
        case CheckReason::InnIndividual12: return "a sole trader's or a person's INN has 12 digits";
        case CheckReason::KppMissing: return "a legal entity with an INN also has a KPP";
        case CheckReason::KppNotApplicable: return "only a legal entity has a KPP";
        case CheckReason::OgrnipForLegalEntity:
            return "a legal entity has a 13-digit OGRN, not a 15-digit OGRNIP";
        case CheckReason::OgrnForSoleTrader:
            return "a sole trader has a 15-digit OGRNIP, not a 13-digit OGRN";
        case CheckReason::OgrnForPerson: return "a person has no OGRN or OGRNIP";
        case CheckReason::PhoneBadCharacters:
            return "a phone may contain only digits, spaces, brackets, dashes, a leading + "
                   "and an extension";
        case CheckReason::PhoneDigitCount:
            return "a Russian phone has 10 digits, or 11 starting with 8 or 7";
        case CheckReason::PhoneCountryDigits:
            return "after + comes 7 and 10 digits, or a country code and 7 to 15 digits in all";
        case CheckReason::EmailSpaces: return "an e-mail address must not contain spaces";
        case CheckReason::EmailAt: return "an e-mail address must contain exactly one @";
        case CheckReason::EmailLocalEmpty: return "an e-mail address needs a name before @";
        case CheckReason::EmailLocalInvalid:
            return "the part before @ contains characters or dots an address cannot have";
        case CheckReason::EmailDomainNoDot: return "the domain after @ must contain a dot";
        case CheckReason::EmailDomainInvalid: return "the domain after @ is not valid";
        case CheckReason::WebsiteSpaces: return "a website address must not contain spaces";
        case CheckReason::WebsiteScheme: return "only http:// or https:// addresses";
        case CheckReason::WebsiteHostNoDot:
            return "a website needs a host with a dot, like example.ru";
        case CheckReason::WebsiteHostInvalid: return "the website's host is not valid";
    }
    return "";
}

const char* CheckReasonId(CheckReason r) {
    static constexpr const char* kIds[] = {
        "ok",
        "empty",
        "inn_not_digits",
        "inn_length",
        "inn_check_digit",
        "kpp_length",
        "kpp_format",
        "ogrn_not_digits",
        "ogrn_length",
        "ogrn_prefix",
        "ogrn_check_digit",
        "ogrnip_not_digits",
        "ogrnip_length",
        "ogrnip_prefix",
        "ogrnip_check_digit",
        "ogrn_any_length",
        "inn_legal_entity_10",
        "inn_individual_12",
        "kpp_missing",
        "kpp_not_applicable",
        "ogrnip_for_legal_entity",
        "ogrn_for_sole_trader",
        "ogrn_for_person",
        "phone_bad_characters",
        "phone_digit_count",
        "phone_country_digits",
        "email_spaces",
        "email_at",
        "email_local_empty",
        "email_local_invalid",
        "email_domain_no_dot",
        "email_domain_invalid",
        "website_spaces",
        "website_scheme",
        "website_host_no_dot",
        "website_host_invalid",
    };
    static_assert(sizeof(kIds) / sizeof(kIds[0]) == kCheckReasonCount, "one id per reason");
    const auto i = static_cast<size_t>(r);
    return i < kCheckReasonCount ? kIds[i] : "";
}

const char* RequisiteFieldName(RequisiteField f) {
    switch (f) {
        case RequisiteField::Inn: return "inn";
        case RequisiteField::Kpp: return "kpp";
        case RequisiteField::Ogrn: return "ogrn";
        case RequisiteField::Phone: return "phones";
        case RequisiteField::Email: return "emails";
        case RequisiteField::Website: return "website";
    }
    return "";
}

bool InnCheckDigitsMatch(std::string_view d) {
    static constexpr int kW10[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr int kW11[] = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    static constexpr int kW12[] = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    if (!AllDigits(d)) return false;
    if (d.size() == 10) return InnControl(d, kW10, 9) == static_cast<unsigned>(d[9] - '0');
    if (d.size() == 12)
        return InnControl(d, kW11, 10) == static_cast<unsigned>(d[10] - '0') &&
               InnControl(d, kW12, 11) == static_cast<unsigned>(d[11] - '0');
    return false;
}

bool OgrnCheckDigitMatches(std::string_view d) {
    if (!AllDigits(d) || (d.size() != 13 && d.size() != 15)) return false;
    const unsigned modulus = d.size() == 13 ? 11 : 13;
    return ModDigits(d.substr(0, d.size() - 1), modulus) % 10 ==
           static_cast<unsigned>(d.back() - '0');
}

CheckResult ValidateInn(std::string_view text) {
    const std::string_view v = text::TrimSpaces(text);
    if (v.empty()) return Result(CheckReason::Empty, v);
    if (!AllDigits(v)) return Result(CheckReason::InnNotDigits, v);
    if (v.size() != 10 && v.size() != 12) return Result(CheckReason::InnLength, v);
    return Result(InnCheckDigitsMatch(v) ? CheckReason::Ok : CheckReason::InnCheckDigit, v);
}

CheckResult ValidateKpp(std::string_view text) {
    const std::string_view v = text::TrimSpaces(text);
    if (v.empty()) return Result(CheckReason::Empty, v);
    size_t chars = 0;  // code points, so that "7736АБ001" in Cyrillic counts as 9
    for (size_t i = 0; i < v.size(); ++chars) {
        char32_t c;
        if (!text::DecodeUtf8(v, i, c)) ++i;
    }
    if (chars != 9) return Result(CheckReason::KppLength, v);
    if (v.size() != 9) return Result(CheckReason::KppFormat, v);  // non-ASCII characters
    for (size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        const bool good = (i == 4 || i == 5) ? IsDigit(c) || IsUpperLatin(c) : IsDigit(c);
        if (!good) return Result(CheckReason::KppFormat, v);
    }
    return Result(CheckReason::Ok, v);
}

namespace {

CheckResult ValidateRegistryNumber(std::string_view text, size_t length, char prefix1, char prefix2,
                                   CheckReason not_digits, CheckReason bad_length,
                                   CheckReason bad_prefix, CheckReason bad_check) {
    const std::string_view v = text::TrimSpaces(text);
    if (v.empty()) return Result(CheckReason::Empty, v);
    if (!AllDigits(v)) return Result(not_digits, v);
    if (v.size() != length) return Result(bad_length, v);
    if (v[0] != prefix1 && v[0] != prefix2) return Result(bad_prefix, v);
    return Result(OgrnCheckDigitMatches(v) ? CheckReason::Ok : bad_check, v);
}

}  // namespace

CheckResult ValidateOgrn(std::string_view text) {
    return ValidateRegistryNumber(text, 13, '1', '5', CheckReason::OgrnNotDigits,
                                  CheckReason::OgrnLength, CheckReason::OgrnPrefix,
                                  CheckReason::OgrnCheckDigit);
}

CheckResult ValidateOgrnip(std::string_view text) {
    return ValidateRegistryNumber(text, 15, '3', '3', CheckReason::OgrnipNotDigits,
                                  CheckReason::OgrnipLength, CheckReason::OgrnipPrefix,
                                  CheckReason::OgrnipCheckDigit);
}

CheckResult ValidateEmail(std::string_view text) {
    const std::string_view v = text::TrimSpaces(text);
    if (v.empty()) return Result(CheckReason::Empty, v);
    if (ContainsSpace(v)) return Result(CheckReason::EmailSpaces, v);
    const size_t at = v.find('@');
    if (at == std::string_view::npos || v.find('@', at + 1) != std::string_view::npos)
        return Result(CheckReason::EmailAt, v);
    const std::string_view local = v.substr(0, at), domain = v.substr(at + 1);
    if (local.empty()) return Result(CheckReason::EmailLocalEmpty, v);
    if (!IsValidLocalPart(local)) return Result(CheckReason::EmailLocalInvalid, v);
    switch (CheckHost(domain)) {
        case HostCheck::NoDot: return Result(CheckReason::EmailDomainNoDot, v);
        case HostCheck::Invalid: return Result(CheckReason::EmailDomainInvalid, v);
        case HostCheck::Ok: break;
    }
    return Result(CheckReason::Ok, v);
}

CheckResult ValidateWebsite(std::string_view text) {
    const std::string_view v = text::TrimSpaces(text);
    if (v.empty()) return Result(CheckReason::Empty, v);
    if (ContainsSpace(v)) return Result(CheckReason::WebsiteSpaces, v);
    std::string_view rest = v;
    if (StartsWithNoCase(rest, "http://")) {
        rest.remove_prefix(7);
    } else if (StartsWithNoCase(rest, "https://")) {
        rest.remove_prefix(8);
    } else if (rest.find("://") != std::string_view::npos) {
        return Result(CheckReason::WebsiteScheme, v);
    }
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    if (authority.find('@') != std::string_view::npos)
        return Result(CheckReason::WebsiteHostInvalid, v);
    std::string_view host = authority;
    const size_t colon = authority.rfind(':');
    if (colon != std::string_view::npos) {
        const std::string_view port = authority.substr(colon + 1);
        const bool digits = !port.empty() && port.size() <= 5 && AllDigits(port);
        unsigned number = 0;
        if (digits)
            for (const char d : port) number = number * 10 + static_cast<unsigned>(d - '0');
        if (!digits || number > 65535) return Result(CheckReason::WebsiteHostInvalid, v);
        host = authority.substr(0, colon);
    }
    switch (CheckHost(host)) {
        case HostCheck::NoDot: return Result(CheckReason::WebsiteHostNoDot, v);
        case HostCheck::Invalid: return Result(CheckReason::WebsiteHostInvalid, v);
        case HostCheck::Ok: break;
    }
    return Result(CheckReason::Ok, v);
}

CheckResult ValidatePhone(std::string_view text) {
    const NormalizedPhone p = NormalizePhone(text);
    CheckResult r;
    switch (p.status) {
        case PhoneStatus::Ok: r.reason = CheckReason::Ok; break;
        case PhoneStatus::Empty: r.reason = CheckReason::Empty; break;
        case PhoneStatus::BadCharacters: r.reason = CheckReason::PhoneBadCharacters; break;
        case PhoneStatus::RussianDigits: r.reason = CheckReason::PhoneDigitCount; break;
        case PhoneStatus::CountryDigits: r.reason = CheckReason::PhoneCountryDigits; break;
    }
    if (p.ok()) {
        r.normalized = p.e164;
        if (!p.extension.empty()) r.normalized += ";ext=" + p.extension;
    }
    return r;
}

std::vector<FieldProblem> ValidateClientRequisites(const Client& c) {
    std::vector<FieldProblem> out;
    const auto add = [&out](RequisiteField f, size_t index, CheckReason r) {
        out.push_back(FieldProblem{f, index, r});
    };
    const bool legal = c.kind == ClientKind::LegalEntity;

    const CheckResult inn = ValidateInn(c.inn);
    if (!inn.ok()) add(RequisiteField::Inn, 0, inn.reason);
    if (inn.given() && AllDigits(inn.normalized)) {
        const size_t n = inn.normalized.size();
        if (legal && n == 12) add(RequisiteField::Inn, 0, CheckReason::InnLegalEntity10);
        if (!legal && n == 10) add(RequisiteField::Inn, 0, CheckReason::InnIndividual12);
    }

    const CheckResult kpp = ValidateKpp(c.kpp);
    if (!kpp.ok()) add(RequisiteField::Kpp, 0, kpp.reason);
    if (legal && !kpp.given() && inn.given()) add(RequisiteField::Kpp, 0, CheckReason::KppMissing);
    if (!legal && kpp.given()) add(RequisiteField::Kpp, 0, CheckReason::KppNotApplicable);

    CheckClientOgrn(c.ogrn, c.kind, out);

    for (size_t i = 0; i < c.phones.size(); ++i) {
        const CheckResult r = ValidatePhone(c.phones[i]);
        if (!r.ok()) add(RequisiteField::Phone, i, r.reason);
    }
    for (size_t i = 0; i < c.emails.size(); ++i) {
        const CheckResult r = ValidateEmail(c.emails[i]);
        if (!r.ok()) add(RequisiteField::Email, i, r.reason);
    }
    const CheckResult site = ValidateWebsite(c.website);
    if (!site.ok()) add(RequisiteField::Website, 0, site.reason);
    return out;
}

}  // namespace card
