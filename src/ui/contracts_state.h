// UiState of the Contracts and agreements tab (tab_contracts.cpp): the contract editor.
#pragma once

#include <string>

namespace card {

struct ContractsUi {
};

}  // namespace card
