// UiState of the incoming-call window (incoming_call.cpp).
#pragma once

#include <string>

namespace card {

struct IncomingCallUi {
};

}  // namespace card
