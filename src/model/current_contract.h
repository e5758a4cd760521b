// The client's contract in force on a day (FORMAT.md: active and valid on that day), for
// the Main tab's contract block and the "no contract in force" warnings.
#pragma once

#include <string>

#include "model/store.h"

namespace card {

// Of the client's contracts in force on `day`, the one that ends last (open-ended first),
// ties broken by the latest valid_from; nullptr when none is in force.
const Contract* CurrentContract(const Store& store, const std::string& client_id, Date day);

// Whole days from `day` to the contract's valid_to (0 = ends today); -1 when open-ended.
int DaysLeft(const Contract& c, Date day);

}  // namespace card
