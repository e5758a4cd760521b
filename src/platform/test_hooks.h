// Where each labelled widget was drawn in the last frame, collected through Dear ImGui's
// test-engine hooks (IMGUI_ENABLE_TEST_ENGINE). It backs `cardApp.locate(label)`, so that
// browser tests click and type with real mouse and keyboard events at the right place.
#pragma once

#include <string>

struct ImGuiContext;

namespace card::automation {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;  // ImGui coordinates (backing pixels)
};

void Enable(ImGuiContext* ctx);  // turns the hooks on for this context
void BeginFrame();               // before ImGui::NewFrame
void EndFrame();                 // after ImGui::Render: publishes this frame's items
// The widget whose visible label (the text before "##") equals `label`, drawn in the last
// published frame. When several match, the first drawn wins.
bool Locate(const std::string& label, Rect& out);

}  // namespace card::automation
