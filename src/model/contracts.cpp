#include "model/contracts.h"

#include <algorithm>

#include "model/current_contract.h"
#include "model/text_scan.h"

namespace card {
namespace {

// One character of a contract number as it is compared: lower case (ASCII, Latin-1,
// Cyrillic with Ё), ё as е, Latin letters that look like Cyrillic ones as those, and
// every dash as '-'.
char32_t FoldNumberChar(char32_t c) {
    if (c >= 'A' && c <= 'Z') c += 32;
    else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) c += 32;  // Latin-1 capitals
    else if (c >= 0x0410 && c <= 0x042F) c += 0x20;         // А-Я
    else if (c >= 0x0400 && c <= 0x040F) c += 0x50;         // Ѐ-Џ (Ё)
    if (c == 0x0451) return 0x0435;                         // ё -> е
    switch (c) {  // Latin look-alikes of Cyrillic letters (after lower-casing)
        case 'a': return 0x0430;  // а
        case 'b': return 0x0432;  // в (capital B looks like В)
        case 'c': return 0x0441;  // с
        case 'e': return 0x0435;  // е
        case 'h': return 0x043D;  // н (capital H looks like Н)
        case 'k': return 0x043A;  // к
        case 'm': return 0x043C;  // м
        case 'o': return 0x043E;  // о
        case 'p': return 0x0440;  // р
        case 't': return 0x0442;  // т
        case 'x': return 0x0445;  // х
        case 'y': return 0x0443;  // у
        default: break;
    }
    if (c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212) return '-';
    return c;
}

bool Digits(std::string_view s) {
    if (s.empty()) return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    return true;
}

int Number(std::string_view s) {
    int v = 0;
    for (char ch : s) v = v * 10 + (ch - '0');
    return v;
}

ContractReason DateReason(DateText r) {
    switch (r) {
        case DateText::BadFormat: return ContractReason::DateFormat;
        case DateText::NoSuchDay: return ContractReason::NoSuchDay;
        case DateText::Ok:
        case DateText::Empty: break;
    }
    return ContractReason::Ok;
}

// The rules that hold whatever way the values arrived (typed or stored).
void CheckRecord(const Store& store, ContractCheck& check) {
    Contract& k = check.result;
    auto set = [&](ContractField f, ContractReason r) {
        ContractReason& slot = check.reasons[static_cast<size_t>(f)];
        if (slot == ContractReason::Ok) slot = r;
    };
    if (k.number.empty()) {
        set(ContractField::Number, ContractReason::NumberRequired);
    } else if (const Contract* other = FindNumberClash(store, k.client_id, k.id, k.number)) {
        set(ContractField::Number, ContractReason::NumberTaken);
        check.clash = other;
    }
    if (!k.valid_from.empty() && !k.valid_to.empty() && k.valid_to < k.valid_from)
        set(ContractField::ValidTo, ContractReason::EndBeforeStart);
    if (k.status == ContractStatus::Active && k.valid_from.empty() &&
        check.reason(ContractField::ValidFrom) == ContractReason::Ok)
        set(ContractField::ValidFrom, ContractReason::ActiveNeedsStart);
}

}  // namespace

// ---- Typed values

DateText ParseDateText(std::string_view text, Date& out) {
    const std::string_view s = text::TrimSpaces(text);
    if (s.empty()) return DateText::Empty;
    int y, m, d;
    const size_t dot1 = s.find('.');
    if (dot1 != std::string_view::npos) {  // D.M.YYYY, DD.MM.YYYY
        const size_t dot2 = s.find('.', dot1 + 1);
        if (dot2 == std::string_view::npos) return DateText::BadFormat;
        const std::string_view ds = s.substr(0, dot1), ms = s.substr(dot1 + 1, dot2 - dot1 - 1),
                               ys = s.substr(dot2 + 1);
        if (!Digits(ds) || !Digits(ms) || !Digits(ys) || ds.size() > 2 || ms.size() > 2 || ys.size() != 4)
            return DateText::BadFormat;
        d = Number(ds), m = Number(ms), y = Number(ys);
    } else {  // YYYY-MM-DD (also YYYY-M-D)
        const size_t dash1 = s.find('-');
        if (dash1 == std::string_view::npos) return DateText::BadFormat;
        const size_t dash2 = s.find('-', dash1 + 1);
        if (dash2 == std::string_view::npos) return DateText::BadFormat;
        const std::string_view ys = s.substr(0, dash1), ms = s.substr(dash1 + 1, dash2 - dash1 - 1),
                               ds = s.substr(dash2 + 1);
        if (!Digits(ds) || !Digits(ms) || !Digits(ys) || ds.size() > 2 || ms.size() > 2 || ys.size() != 4)
            return DateText::BadFormat;
        d = Number(ds), m = Number(ms), y = Number(ys);
    }
    if (y < 1 || m < 1 || d < 1 || !IsRealDay(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))
        return DateText::NoSuchDay;
    out = Date::FromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    return DateText::Ok;
}

AmountText ParseAmountText(std::string_view text, int64_t& minor) {
    const std::string_view s = text::TrimSpaces(text);
    if (s.empty()) return AmountText::Empty;
    const std::optional<int64_t> v = Money::MinorFromText(s);
    if (!v) return AmountText::BadNumber;
    if (*v < 0 || (*v == 0 && s.front() == '-')) return AmountText::Negative;
    minor = *v;
    return AmountText::Ok;
}

bool NormalizeCurrency(std::string_view text, std::string& out) {
    const std::string_view s = text::TrimSpaces(text);
    if (s.empty() || s == "\xE2\x82\xBD" /* ₽ */ || s == "\xD1\x80\xD1\x83\xD0\xB1" /* руб */ ||
        s == "\xD1\x80\xD1\x83\xD0\xB1." /* руб. */ || s == "\xD0\xA0\xD0\xA3\xD0\x91" /* РУБ */) {
        out = "RUB";
        return true;
    }
    if (s.size() != 3) return false;
    std::string code(s);
    for (char& ch : code) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
        if (ch < 'A' || ch > 'Z') return false;
    }
    out = std::move(code);
    return true;
}

Date YearAfter(Date from) {
    if (from.empty()) return from;
    int y;
    unsigned m, d;
    from.ToYmd(y, m, d);
    if (y >= 9999) return Date{};
    // The same day a year later (1 March when that year has no 29 February), less a day.
    Date next = IsRealDay(y + 1, m, d) ? Date::FromYmd(y + 1, m, d) : Date::FromYmd(y + 1, 3, 1);
    --next.days;
    return next;
}

// ---- Contract numbers

void ContractNumberKey(std::string_view number, std::string& out) {
    out.clear();
    std::string_view s = text::TrimSpaces(number);
    // A leading "№" (or "No."-style "N°") is how the number is written, not part of it.
    constexpr std::string_view kNumeroSign = "\xE2\x84\x96";
    if (s.substr(0, kNumeroSign.size()) == kNumeroSign) s = text::TrimSpaces(s.substr(kNumeroSign.size()));
    bool space = false;
    size_t i = 0;
    while (i < s.size()) {
        char32_t c;
        if (!text::DecodeUtf8(s, i, c)) {  // malformed byte: kept as it is
            out += s[i++];
            space = false;
            continue;
        }
        if (text::IsSpace(c)) {
            if (!space) out += ' ';
            space = true;
            continue;
        }
        space = false;
        text::AppendUtf8(out, FoldNumberChar(c));
    }
}

bool SameContractNumber(std::string_view a, std::string_view b) {
    std::string ka, kb;
    ContractNumberKey(a, ka);
    ContractNumberKey(b, kb);
    return !ka.empty() && ka == kb;
}

const Contract* FindNumberClash(const Store& store, const std::string& client_id, const std::string& self_id,
                                std::string_view number) {
    std::string key, other;
    ContractNumberKey(number, key);
    if (key.empty()) return nullptr;
    const auto& all = store.contracts.All();
    for (uint32_t pos : store.contracts.OwnedBy(client_id)) {
        const Contract& k = all[pos];
        if (k.id == self_id) continue;
        ContractNumberKey(k.number, other);
        if (other == key) return &k;
    }
    return nullptr;
}

// ---- Validation

bool ContractCheck::ok() const {
    for (ContractReason r : reasons)
        if (r != ContractReason::Ok) return false;
    return true;
}

ContractField ContractCheck::first_problem() const {
    for (size_t i = 0; i < kContractFieldCount; ++i)
        if (reasons[i] != ContractReason::Ok) return static_cast<ContractField>(i);
    return ContractField::Count;
}

ContractCheck CheckContract(const Store& store, const ContractInput& in) {
    ContractCheck check;
    Contract& k = check.result;
    k = in.record;
    k.number.assign(text::TrimSpaces(k.number));
    k.title.assign(text::TrimSpaces(k.title));

    struct {
        const std::string& text;
        Date& date;
        ContractField field;
    } dates[] = {{in.signed_on, k.signed_on, ContractField::SignedOn},
                 {in.valid_from, k.valid_from, ContractField::ValidFrom},
                 {in.valid_to, k.valid_to, ContractField::ValidTo}};
    for (auto& d : dates) {
        Date parsed;
        const DateText r = ParseDateText(d.text, parsed);
        d.date = r == DateText::Ok ? parsed : Date{};
        check.reasons[static_cast<size_t>(d.field)] = DateReason(r);
    }

    int64_t minor = 0;
    switch (ParseAmountText(in.amount, minor)) {
        case AmountText::Ok:
            k.has_amount = true;
            k.amount.minor = minor;
            break;
        case AmountText::Empty:
            k.has_amount = false;
            k.amount = Money{};
            break;
        case AmountText::BadNumber:
            check.reasons[static_cast<size_t>(ContractField::Amount)] = ContractReason::AmountFormat;
            break;
        case AmountText::Negative:
            check.reasons[static_cast<size_t>(ContractField::Amount)] = ContractReason::AmountNegative;
            break;
    }
    // The currency matters only with an amount (an empty amount drops it).
    std::string code;
    if (!text::TrimSpaces(in.amount).empty()) {
        if (NormalizeCurrency(in.currency, code))
            k.amount.currency = code;
        else
            check.reasons[static_cast<size_t>(ContractField::Currency)] = ContractReason::CurrencyInvalid;
    }
    CheckRecord(store, check);
    return check;
}

ContractCheck CheckContract(const Store& store, const Contract& record) {
    ContractCheck check;
    check.result = record;
    check.result.number.assign(text::TrimSpaces(record.number));
    CheckRecord(store, check);
    return check;
}

// ---- The Contracts tab's order

namespace {

// <0, 0, >0 on the case-folded text (Cyrillic too), without allocating.
int CompareCaseless(std::string_view a, std::string_view b) {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        char32_t ca, cb;
        if (!text::DecodeUtf8(a, i, ca)) ca = static_cast<unsigned char>(a[i++]);
        if (!text::DecodeUtf8(b, j, cb)) cb = static_cast<unsigned char>(b[j++]);
        auto fold = [](char32_t c) -> char32_t {
            if (c >= 'A' && c <= 'Z') return c + 32;
            if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
            if (c == 0x0401 || c == 0x0451) return 0x0435;
            return c;
        };
        ca = fold(ca), cb = fold(cb);
        if (ca != cb) return ca < cb ? -1 : 1;
    }
    if (i < a.size()) return 1;
    if (j < b.size()) return -1;
    return 0;
}

}  // namespace

int StateRank(const Contract& k, Date today, const Contract* current) {
    if (&k == current) return 0;
    switch (StandingOn(k, today)) {
        case ContractStanding::InForce: return 1;
        case ContractStanding::Expired: return 2;
        case ContractStanding::NotYetValid: return 3;
        case ContractStanding::Draft: return 4;
        case ContractStanding::Suspended: return 5;
        case ContractStanding::Closed: return 6;
    }
    return 7;
}

void OrderContracts(const Store& store, const std::string& client_id, Date today, ContractSort by,
                    bool descending, std::vector<uint32_t>& out) {
    const auto& all = store.contracts.All();
    const auto& owned = store.contracts.OwnedBy(client_id);
    out.assign(owned.begin(), owned.end());
    const Contract* current = CurrentContract(store, client_id, today);
    // The column's own order (<0, 0, >0), ascending.
    auto column = [&](const Contract& x, const Contract& y) -> int {
        auto cmp = [](auto a, auto b) { return a < b ? -1 : b < a ? 1 : 0; };
        switch (by) {
            case ContractSort::State: return cmp(StateRank(x, today, current), StateRank(y, today, current));
            case ContractSort::Kind: return cmp(static_cast<int>(x.kind), static_cast<int>(y.kind));
            case ContractSort::Number: return CompareCaseless(x.number, y.number);
            case ContractSort::Title: return CompareCaseless(x.title, y.title);
            case ContractSort::SignedOn: return cmp(x.signed_on.days, y.signed_on.days);
            case ContractSort::Validity:
                if (x.valid_from != y.valid_from) return cmp(x.valid_from.days, y.valid_from.days);
                // Open-ended last among the same start.
                return cmp(x.valid_to.empty() ? INT32_MAX : x.valid_to.days,
                           y.valid_to.empty() ? INT32_MAX : y.valid_to.days);
            case ContractSort::Status: return cmp(static_cast<int>(x.status), static_cast<int>(y.status));
            case ContractSort::Amount:
                if (x.has_amount != y.has_amount) return x.has_amount ? 1 : -1;  // none first
                if (x.amount.currency != y.amount.currency) return cmp(x.amount.currency, y.amount.currency);
                return cmp(x.amount.minor, y.amount.minor);
        }
        return 0;
    };
    std::sort(out.begin(), out.end(), [&](uint32_t a, uint32_t b) {
        const Contract &x = all[a], &y = all[b];
        if (const int c = column(x, y)) return descending ? c > 0 : c < 0;
        if (x.valid_from != y.valid_from) return y.valid_from < x.valid_from;  // latest first
        return x.id < y.id;
    });
}

}  // namespace card
