#include "ui/requisite_checks.h"

#include <cstring>

namespace card {

Str CheckReasonStr(CheckReason r) {
    switch (r) {
        case CheckReason::Ok:
        case CheckReason::Empty: return Str::ReasonOk;
        case CheckReason::InnNotDigits: return Str::ReasonInnNotDigits;
        case CheckReason::InnLength: return Str::ReasonInnLength;
        case CheckReason::InnCheckDigit: return Str::ReasonInnCheckDigit;
        case CheckReason::KppLength: return Str::ReasonKppLength;
        case CheckReason::KppFormat: return Str::ReasonKppFormat;
        case CheckReason::OgrnNotDigits: return Str::ReasonOgrnNotDigits;
        case CheckReason::OgrnLength: return Str::ReasonOgrnLength;
        case CheckReason::OgrnPrefix: return Str::ReasonOgrnPrefix;
        case CheckReason::OgrnCheckDigit: return Str::ReasonOgrnCheckDigit;
        case CheckReason::OgrnipNotDigits: return Str::ReasonOgrnipNotDigits;
        case CheckReason::OgrnipLength: return Str::ReasonOgrnipLength;
        case CheckReason::OgrnipPrefix: return Str::ReasonOgrnipPrefix;
        case CheckReason::OgrnipCheckDigit: return Str::ReasonOgrnipCheckDigit;
        case CheckReason::OgrnAnyLength: return Str::ReasonOgrnAnyLength;
        case CheckReason::InnLegalEntity10: return Str::ReasonInnLegalEntity10;
        case CheckReason::InnIndividual12: return Str::ReasonInnIndividual12;
        case CheckReason::KppMissing: return Str::ReasonKppMissing;
        case CheckReason::KppNotApplicable: return Str::ReasonKppNotApplicable;
        case CheckReason::OgrnipForLegalEntity: return Str::ReasonOgrnipForLegalEntity;
        case CheckReason::OgrnForSoleTrader: return Str::ReasonOgrnForSoleTrader;
        case CheckReason::OgrnForPerson: return Str::ReasonOgrnForPerson;
        case CheckReason::PhoneBadCharacters: return Str::ReasonPhoneBadCharacters;
        case CheckReason::PhoneDigitCount: return Str::ReasonPhoneDigitCount;
        case CheckReason::PhoneCountryDigits: return Str::ReasonPhoneCountryDigits;
        case CheckReason::EmailSpaces: return Str::ReasonEmailSpaces;
        case CheckReason::EmailAt: return Str::ReasonEmailAt;
        case CheckReason::EmailLocalEmpty: return Str::ReasonEmailLocalEmpty;
        case CheckReason::EmailLocalInvalid: return Str::ReasonEmailLocalInvalid;
        case CheckReason::EmailDomainNoDot: return Str::ReasonEmailDomainNoDot;
        case CheckReason::EmailDomainInvalid: return Str::ReasonEmailDomainInvalid;
        case CheckReason::WebsiteSpaces: return Str::ReasonWebsiteSpaces;
        case CheckReason::WebsiteScheme: return Str::ReasonWebsiteScheme;
        case CheckReason::WebsiteHostNoDot: return Str::ReasonWebsiteHostNoDot;
        case CheckReason::WebsiteHostInvalid: return Str::ReasonWebsiteHostInvalid;
    }
    return Str::ReasonOk;
}

Str RequisiteFieldStr(RequisiteField f, ClientKind kind) {
    switch (f) {
        case RequisiteField::Inn: return Str::FieldInn;
        case RequisiteField::Kpp: return Str::FieldKpp;
        case RequisiteField::Ogrn: return kind == ClientKind::SoleTrader ? Str::FieldOgrnip : Str::FieldOgrn;
        case RequisiteField::Phone: return Str::FieldPhones;
        case RequisiteField::Email: return Str::FieldEmails;
        case RequisiteField::Website: return Str::FieldWebsite;
    }
    return Str::FieldInn;
}

const std::vector<FieldProblem>& RequisiteProblems(const Store& store, UiState& ui, const Client& c) {
    RequisitesCache& cache = ui.requisites;
    const uint64_t version = store.clients.Version();
    if (cache.version != version || cache.client != &c || cache.client_id != c.id) {
        cache.problems = ValidateClientRequisites(c);
        cache.client_id = c.id;
        cache.client = &c;
        cache.version = version;
        ++cache.computed;
    }
    return cache.problems;
}

int VisibleLength(const char* label) {
    const char* end = std::strstr(label, "##");
    return static_cast<int>(end ? end - label : std::strlen(label));
}

}  // namespace card
