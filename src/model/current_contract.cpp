#include "model/current_contract.h"

namespace card {

const Contract* CurrentContract(const Store& store, const std::string& client_id, Date day) {
    const Contract* best = nullptr;
    const auto& all = store.contracts.All();
    for (uint32_t pos : store.contracts.OwnedBy(client_id)) {
        const Contract& c = all[pos];
        if (!InForce(c, day)) continue;
        if (!best) {
            best = &c;
            continue;
        }
        // Open-ended beats any end date; then the later end; then the later start.
        const bool c_open = c.valid_to.empty(), b_open = best->valid_to.empty();
        if (c_open != b_open) {
            if (c_open) best = &c;
            continue;
        }
        if (best->valid_to != c.valid_to) {
            if (best->valid_to < c.valid_to) best = &c;
            continue;
        }
        if (best->valid_from < c.valid_from || (best->valid_from == c.valid_from && c.id < best->id)) best = &c;
    }
    return best;
}

int DaysLeft(const Contract& c, Date day) {
    if (c.valid_to.empty()) return -1;
    return c.valid_to.days - day.days;
}

ContractStanding StandingOn(const Contract& c, Date day) {
    switch (c.status) {
        case ContractStatus::Draft: return ContractStanding::Draft;
        case ContractStatus::Suspended: return ContractStanding::Suspended;
        case ContractStatus::Closed: return ContractStanding::Closed;
        case ContractStatus::Active: break;
    }
    if (!c.valid_from.empty() && day < c.valid_from) return ContractStanding::NotYetValid;
    if (!c.valid_to.empty() && c.valid_to < day) return ContractStanding::Expired;
    return ContractStanding::InForce;
}

const Contract* LatestContract(const Store& store, const std::string& client_id) {
    const Contract* best = nullptr;
    Date best_key;
    const auto& all = store.contracts.All();
    for (uint32_t pos : store.contracts.OwnedBy(client_id)) {
        const Contract& c = all[pos];
        const Date key = !c.valid_from.empty() ? c.valid_from : c.signed_on;
        // An empty key (INT32_MIN) sorts first, so a dated contract always wins over it.
        if (!best || best_key < key || (key == best_key && c.id < best->id)) {
            best = &c;
            best_key = key;
        }
    }
    return best;
}

PluralForm RussianPlural(int64_t n) {
    const uint64_t a = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    const uint64_t d10 = a % 10, d100 = a % 100;
    if (d100 >= 11 && d100 <= 14) return PluralForm::Many;
    if (d10 == 1) return PluralForm::One;
    if (d10 >= 2 && d10 <= 4) return PluralForm::Few;
    return PluralForm::Many;
}

PluralForm EnglishPlural(int64_t n) { return n == 1 || n == -1 ? PluralForm::One : PluralForm::Many; }

}  // namespace card
