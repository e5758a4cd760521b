// Offline validation of a client's requisites by the published rules: INN (10 and 12
// digits, check digits), KPP (format), OGRN (13) and OGRNIP (15, check digit), their
// consistency with the client's kind, and pragmatic e-mail, website and phone checks.
// Pure C++17, nothing throws. Every check returns a reason code (one enum for all, so
// the UI translates each code once); CheckReasonText gives a short English sentence for
// logs and tests. A wrong value can still be saved: these are warnings, not refusals.
//
// Decisions
// - Leading and trailing spaces (NBSP and other pasted spaces included) are tolerated and
//   trimmed; any other character that does not belong is an error with its own reason
//   ("77 07 083893" is not an INN: inner spaces are not trimmed).
// - An empty value is "not given": reason Empty, which ok() accepts. Nothing is required
//   by these rules: a prospect may have no INN yet. The one exception is consistency:
//   a legal entity whose INN is given is expected to have a KPP too (KppMissing).
// - KPP letters must be capital Latin A-Z (FNS format NNNNPPNNN); lower-case or Cyrillic
//   look-alikes are a format error, not silently fixed.
// - OGRN: 13 digits, first digit 1 or 5 (2, 6-9 are other registry record numbers, GRN),
//   check digit = (first 12 digits mod 11) mod 10. OGRNIP: 15 digits, first digit 3 (4 is
//   a GRNIP), check digit = (first 14 mod 13) mod 10. Computed digit by digit.
// - The registration year and region digits are not checked (they need a calendar and a
//   region table; the check digits catch typos).
// - Client.ogrn holds the OGRN of a legal entity or the OGRNIP of a sole trader; a person
//   has neither. A 15-digit number for a legal entity (or 13 for a sole trader) is
//   reported as a kind mismatch, and is still checked by its own rule.
// - Not cross-checked: the KPP's tax office digits against the INN's (they differ for
//   major taxpayers and branches), nor the INN against the OGRN.
// - ValidateClientRequisites reports per value: at most one reason about the value itself
//   and at most one about consistency with the kind, value reason first.
// - E-mail (pragmatic, no quoted local parts): exactly one '@', a local part of RFC 5322
//   "atext" characters and dots (no leading, trailing or double dot) or any non-ASCII
//   letters, a domain with a dot whose labels are letters (Cyrillic and other non-ASCII
//   allowed: почта@пример.рф), digits and inner hyphens, the last label not all digits.
// - Website: optional http:// or https:// (any case); another scheme is an error; a host
//   with a dot checked like an e-mail domain (пример.рф, xn--e1afmkfd.xn--p1ai) or an
//   IPv4 address, optional :port, then any path without spaces. No user@ part.
// - Phone: see model/phone.h; normalized is the E.164 number, with ";ext=123" (RFC 3966)
//   appended when an extension was split off.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/entities.h"

namespace card {

enum class CheckReason : uint8_t {
    Ok,
    Empty,  // not given: not a problem

    InnNotDigits,   // INN must contain only digits
    InnLength,      // INN must be 10 or 12 digits
    InnCheckDigit,  // INN check digit does not match

    KppLength,  // KPP must be 9 characters
    KppFormat,  // KPP must be 4 digits, 2 digits or capital Latin letters, 3 digits

    OgrnNotDigits,
    OgrnLength,  // OGRN must be 13 digits
    OgrnPrefix,  // OGRN must start with 1 or 5
    OgrnCheckDigit,
    OgrnipNotDigits,
    OgrnipLength,  // OGRNIP must be 15 digits
    OgrnipPrefix,  // OGRNIP must start with 3
    OgrnipCheckDigit,
    OgrnAnyLength,  // (person's field) must be 13 digits (OGRN) or 15 digits (OGRNIP)

    // Consistency with ClientKind.
    InnLegalEntity10,      // a legal entity's INN has 10 digits
    InnIndividual12,       // a sole trader's or a person's INN has 12 digits
    KppMissing,            // a legal entity with an INN also has a KPP
    KppNotApplicable,      // only a legal entity has a KPP
    OgrnipForLegalEntity,  // a legal entity has a 13-digit OGRN, not a 15-digit OGRNIP
    OgrnForSoleTrader,     // a sole trader has a 15-digit OGRNIP, not a 13-digit OGRN
    OgrnForPerson,         // a person has no OGRN or OGRNIP (a sole trader has)

    PhoneBadCharacters,  // only digits, spaces, brackets, dashes, a leading + and extension
    PhoneDigitCount,     // a Russian number has 10 digits, or 11 starting with 8 or 7
    PhoneCountryDigits,  // +7 and 10 digits, or + country code and 7..15 digits in all

    EmailSpaces,
    EmailAt,             // exactly one @
    EmailLocalEmpty,     // nothing before @
    EmailLocalInvalid,   // characters or dots before @ that an address cannot have
    EmailDomainNoDot,    // the domain needs a dot
    EmailDomainInvalid,  // empty label, bad character, leading/trailing hyphen, numeric TLD

    WebsiteSpaces,
    WebsiteScheme,       // only http:// or https://
    WebsiteHostNoDot,    // the host needs a dot
    WebsiteHostInvalid,  // bad label or character, user@, bad port
};
constexpr size_t kCheckReasonCount = static_cast<size_t>(CheckReason::WebsiteHostInvalid) + 1;

// A short English description ("INN check digit does not match"), for logs and tests;
// the UI translates the code itself.
const char* CheckReasonText(CheckReason r);
// A stable lower_snake_case id ("inn_check_digit"), e.g. for the automation API.
const char* CheckReasonId(CheckReason r);

struct CheckResult {
    CheckReason reason = CheckReason::Empty;
    // The trimmed value, also when it has a problem; "" when Empty. Phone: the E.164
    // form (see above) when recognised, "" otherwise (no match).
    std::string normalized;

    bool ok() const { return reason == CheckReason::Ok || reason == CheckReason::Empty; }
    bool given() const { return reason != CheckReason::Empty; }
};

// Each validator checks the value on its own (no client kind).
CheckResult ValidateInn(std::string_view text);  // 10 or 12 digits
CheckResult ValidateKpp(std::string_view text);
CheckResult ValidateOgrn(std::string_view text);    // 13 digits
CheckResult ValidateOgrnip(std::string_view text);  // 15 digits
CheckResult ValidateEmail(std::string_view text);
CheckResult ValidateWebsite(std::string_view text);
CheckResult ValidatePhone(std::string_view text);

// The check-digit rules alone, on exactly 10/12/13/15 ASCII digits (false otherwise).
bool InnCheckDigitsMatch(std::string_view digits);
bool OgrnCheckDigitMatches(std::string_view digits);  // 13 (OGRN) or 15 (OGRNIP) digits

enum class RequisiteField : uint8_t { Inn, Kpp, Ogrn, Phone, Email, Website };
// The format's field name: "inn", "kpp", "ogrn", "phones", "emails", "website".
const char* RequisiteFieldName(RequisiteField f);

struct FieldProblem {
    RequisiteField field = RequisiteField::Inn;
    size_t index = 0;  // which of Client.phones / Client.emails; 0 for single fields
    CheckReason reason = CheckReason::Ok;

    friend bool operator==(const FieldProblem& a, const FieldProblem& b) {
        return a.field == b.field && a.index == b.index && a.reason == b.reason;
    }
};

// Every problem of the client's requisites, in field order (inn, kpp, ogrn, phones,
// emails, website). Empty when all is well: the card header shows a warning marker
// otherwise, and each field shows its reasons.
std::vector<FieldProblem> ValidateClientRequisites(const Client& c);

}  // namespace card
