// Implements the four hook functions ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE.
// ItemInfo is only called for items that were not clipped away, with their label; the
// rectangle is the last item's. Only the label's visible part is kept.
#include "platform/test_hooks.h"

#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace card::automation {
namespace {

struct Item {
    std::string label;
    Rect rect;
};

struct Frames {
    std::vector<Item> building, published;
};

Frames& State() {
    static Frames frames;  // one ImGui context per app: process-wide by nature
    return frames;
}

std::string VisibleLabel(const char* label) {
    const char* end = label;
    while (*end && !(end[0] == '#' && end[1] == '#')) ++end;
    return std::string(label, end);
}

}  // namespace

void Enable(ImGuiContext* ctx) { ctx->TestEngineHookItems = true; }

void BeginFrame() { State().building.clear(); }

void EndFrame() { State().published.swap(State().building); }

bool Locate(const std::string& label, Rect& out) {
    for (const Item& item : State().published)
        if (item.label == label) {
            out = item.rect;
            return true;
        }
    return false;
}

}  // namespace card::automation

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (!label || !*label || !ctx->CurrentWindow) return;
    ImRect r = ctx->LastItemData.ID == id ? ctx->LastItemData.Rect : ImRect();
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    // Windows report themselves here too; only widgets are wanted.
    if (ctx->CurrentWindow->ID == id) return;
    r.ClipWith(ctx->CurrentWindow->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    std::string visible = card::automation::VisibleLabel(label);
    if (visible.empty()) return;
    card::automation::State().building.push_back(
        {std::move(visible), {r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()}});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
