// The look of the interface: a clean light theme. The host calls ApplyStyle once after
// creating the ImGui context (and again when the device pixel ratio changes), with the
// same scale it used for the font size.
#pragma once

namespace card {

void ApplyStyle(float scale);

}  // namespace card
