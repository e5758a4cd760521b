// UiState of the Interests tab (tab_interests.cpp): filters, sort, the interest editor.
#pragma once

#include <string>

namespace card {

struct InterestsUi {
};

}  // namespace card
