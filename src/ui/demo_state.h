// UiState of loading the demo data (demo_data.cpp).
#pragma once

#include <string>

namespace card {

struct DemoDataUi {
};

}  // namespace card
