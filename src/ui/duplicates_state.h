// UiState of duplicate warnings and the merge dialog (duplicates.cpp).
#pragma once

#include <string>

namespace card {

struct DuplicatesUi {
};

}  // namespace card
