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

}  // namespace card
