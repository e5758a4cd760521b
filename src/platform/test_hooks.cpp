// Implements the four hook functions ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE.
// ItemInfo is only called for items that were not clipped away, with their label; the
// rectangle is the last item's. Only the label's visible part is kept. While a modal window
// is open, only its widgets (and popups opened over it) count: the ones behind it cannot be
// clicked, so a label that also exists behind the modal ("Open", "Save") finds the modal's.
#include "platform/test_hooks.h"

#include <algorithm>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

namespace card::automation {
namespace {

struct Item {
    std::string label;
    Rect rect;
    ImGuiWindow* root = nullptr;  // the item's root window (valid for the frame it was drawn in)
};

struct Frames {
    std::vector<Item> building, published;
    // Some widgets report their label before ItemAdd (BeginTabItem/TabItemEx in 1.90.1):
    // the label waits here for the ItemAdd of the same id, which brings the rectangle.
    ImGuiID pending_id = 0;
    std::string pending_label;
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

void EndFrame() {
    Frames& st = State();
    // Behind an open modal nothing is reachable: keep only the modal's items and those of
    // popups (combo lists, menus) that are not themselves behind it.
    ImGuiWindow* modal = GImGui ? ImGui::GetTopMostAndVisiblePopupModal() : nullptr;
    if (modal) {
        std::vector<Item>& items = st.building;
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [modal](const Item& it) {
                                       if (!it.root || it.root == modal) return false;
                                       const bool popup = (it.root->Flags & ImGuiWindowFlags_Popup) != 0 &&
                                                          (it.root->Flags & ImGuiWindowFlags_Modal) == 0;
                                       return !popup;
                                   }),
                    items.end());
    }
    st.published.swap(st.building);
}

bool Locate(const std::string& label, Rect& out) {
    for (const Item& item : State().published)
        if (item.label == label) {
            out = item.rect;
            return true;
        }
    return false;
}

}  // namespace card::automation

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    auto& st = card::automation::State();
    if (st.pending_id == 0 || id != st.pending_id || !ctx->CurrentWindow) return;
    st.pending_id = 0;
    ImRect r = bb;
    r.ClipWith(ctx->CurrentWindow->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    st.building.push_back({std::move(st.pending_label), {r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()},
                           ctx->CurrentWindow->RootWindow});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    if (!label || !*label || !ctx->CurrentWindow) return;
    // Windows report themselves here too; only widgets are wanted.
    if (ctx->CurrentWindow->ID == id) return;
    if (ctx->LastItemData.ID != id) {  // reported before its ItemAdd (tabs): finish it there
        card::automation::State().pending_id = id;
        card::automation::State().pending_label = card::automation::VisibleLabel(label);
        return;
    }
    ImRect r = ctx->LastItemData.Rect;
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    r.ClipWith(ctx->CurrentWindow->ClipRect);
    if (r.GetWidth() <= 0 || r.GetHeight() <= 0) return;
    std::string visible = card::automation::VisibleLabel(label);
    if (visible.empty()) return;
    card::automation::State().building.push_back(
        {std::move(visible), {r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()}, ctx->CurrentWindow->RootWindow});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
