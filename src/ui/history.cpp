// The change history: sealed journal steps become history entries (io/history.h),
// written to store.history (autosave picks them up; the history is not journalled); and
// how an entry reads in the timeline (field labels, values).
#include <cstdio>

#include "io/history.h"
#include "platform/platform.h"
#include "ui/app.h"
#include "ui/main_sections.h"
#include "ui/panels.h"
#include "ui/timeline_index.h"
#include "ui/widgets.h"

namespace card {

void RecordHistory(App& app) {
    std::vector<JournalStep> steps = app.journal.TakeSealed();
    if (steps.empty() || app.env.read_only) return;
    RecordHistorySteps(steps, app.store, platform::Now(), CurrentUserId(app.ui));
}

Str HistoryFieldLabel(const std::string& entity, const std::string& f) {
    if (f == "client_id") return Str::HfClient;
    if (f == "notes") return Str::HfNotes;
    if (f == "phones") return Str::HfPhones;
    if (f == "emails") return Str::HfEmails;
    if (f == "kind") return Str::HfKind;
    if (f == "status") return Str::HfStatus;
    if (entity == "client") {
        if (f == "name") return Str::HfName;
        if (f == "legal_name") return Str::HfLegalName;
        if (f == "inn") return Str::HfInn;
        if (f == "kpp") return Str::HfKpp;
        if (f == "ogrn") return Str::HfOgrn;
        if (f == "legal_address") return Str::HfLegalAddress;
        if (f == "actual_address") return Str::HfActualAddress;
        if (f == "website") return Str::HfWebsite;
        if (f == "segment") return Str::HfSegment;
        if (f == "industry") return Str::HfIndustry;
        if (f == "size") return Str::HfSize;
        if (f == "source") return Str::HfSource;
        if (f == "tags") return Str::HfTags;
        if (f == "created_at") return Str::HfCreatedAt;
        if (f == "responsibles") return Str::HfResponsibles;
        if (f == "products") return Str::HfProducts;
        if (f == "infobases") return Str::HfInfobases;
    } else if (entity == "contact") {
        if (f == "name") return Str::HfFullName;
        if (f == "position") return Str::HfPosition;
        if (f == "role") return Str::HfRole;
        if (f == "primary") return Str::HfPrimary;
    } else if (entity == "contract") {
        if (f == "number") return Str::HfNumber;
        if (f == "title") return Str::HfContractTitle;
        if (f == "signed_on") return Str::HfSignedOn;
        if (f == "valid_from") return Str::HfValidFrom;
        if (f == "valid_to") return Str::HfValidTo;
        if (f == "amount") return Str::HfAmount;
        if (f == "terms") return Str::HfTerms;
    } else if (entity == "interest") {
        if (f == "title") return Str::HfTitle;
        if (f == "project") return Str::HfProject;
        if (f == "responsible_id") return Str::HfResponsible;
        if (f == "state") return Str::HfState;
        if (f == "expected_revenue") return Str::HfRevenue;
        if (f == "probability") return Str::HfProbability;
        if (f == "opened_on") return Str::HfOpenedOn;
        if (f == "close_on") return Str::HfCloseOn;
        if (f == "close_reason") return Str::HfCloseReason;
    }
    return Str::Count;
}

Str HistoryEntityLabel(const std::string& entity) {
    if (entity == "contact") return Str::HiEntityContact;
    if (entity == "contract") return Str::HiEntityContract;
    if (entity == "interest") return Str::HiEntityInterest;
    return Str::HiEntityClient;
}

namespace {
template <class E>
bool EnumText(const std::string& value, std::string& out) {
    E e;
    if (!ParseEnum(value, e)) return false;
    out = EnumLabel(e);
    return true;
}

// "1500000.50 RUB" -> the money as the card shows it in the current language.
bool MoneyValueText(const std::string& value, std::string& out) {
    const size_t sp = value.rfind(' ');
    if (sp == std::string::npos) return false;
    Money m;
    m.currency = value.substr(sp + 1);
    auto minor = Money::MinorFromText(value.substr(0, sp));
    if (!minor || !Money::IsCurrencyCode(m.currency)) return false;
    m.minor = *minor;
    char buf[96];
    FormatMoney(m, buf, sizeof buf);
    out = buf;
    return true;
}
}  // namespace

std::string HistoryValueText(const HistoryEntry& e, const std::string& value) {
    if (value.empty()) return Tr(Str::HiEmptyValue);
    std::string out;
    const std::string& f = e.field;
    if (e.entity == "client") {
        if (f == "kind" && EnumText<ClientKind>(value, out)) return out;
        if (f == "status" && EnumText<ClientStatus>(value, out)) return out;
    } else if (e.entity == "contract") {
        if (f == "kind" && EnumText<ContractKind>(value, out)) return out;
        if (f == "status" && EnumText<ContractStatus>(value, out)) return out;
        if (f == "amount" && MoneyValueText(value, out)) return out;
    } else if (e.entity == "interest") {
        if (f == "state" && EnumText<InterestState>(value, out)) return out;
        if (f == "expected_revenue" && MoneyValueText(value, out)) return out;
    } else if (e.entity == "contact" && f == "primary") {
        return Tr(value == "true" ? Str::HfYes : Str::HfNo);
    }
    if (value.size() == 10 && value[4] == '-' && value[7] == '-')
        if (auto d = Date::Parse(value)) {
            char buf[32];
            FormatDate(*d, buf, sizeof buf);
            return buf;
        }
    return value;
}

}  // namespace card
