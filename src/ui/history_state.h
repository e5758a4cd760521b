// UiState of the change history shown in the timeline (history.cpp).
#pragma once

#include <string>

namespace card {

struct HistoryUi {
};

}  // namespace card
