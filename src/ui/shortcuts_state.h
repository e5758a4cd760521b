// UiState of keyboard shortcuts and their help overlay (shortcuts.cpp).
#pragma once

#include <string>

namespace card {

struct ShortcutsUi {
};

}  // namespace card
