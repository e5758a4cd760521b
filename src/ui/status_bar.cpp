// The status bar: how saving goes (as the host reports it) and how many clients there are.
#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/i18n.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {

void DrawStatusBar(const Store& store, const UiState& ui, const AppEnv& env) {
    ImGui::Separator();
    ImGui::AlignTextToFramePadding();
    if (env.loading.active) {  // nothing to save before the rest of the store is in
        char line[64];
        std::snprintf(line, sizeof line, Tr(Str::LoadingStatus), static_cast<int>(env.loading.fraction * 100));
        MarkText(line, colors::kBusyText);
    } else if (env.save.storage_full && !env.read_only) {  // the storage-full bar above says more
        ImGui::TextColored(colors::kErrorText, "%s", Tr(Str::StorageFullStatus));
    } else if (!env.load.ok && !env.load.message.empty()) {  // the recovery bar above says more
        ImGui::TextColored(colors::kErrorText, "%s",
                           Tr(env.load.newer_layout ? Str::RcStatusNewer : Str::RcStatusUnreadable));
    } else switch (env.save.kind) {
        case SaveState::Kind::Saved: ImGui::TextColored(colors::kOkText, "%s", Tr(Str::SaveSaved)); break;
        case SaveState::Kind::Saving: ImGui::TextColored(colors::kBusyText, "%s", Tr(Str::SaveSaving)); break;
        case SaveState::Kind::Unsaved: ImGui::TextColored(colors::kWarningText, "%s", Tr(Str::SaveUnsaved)); break;
        case SaveState::Kind::Failed:
            ImGui::TextColored(colors::kErrorText, Tr(Str::SaveFailed), env.save.reason.c_str());
            break;
    }
    ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    ImGui::Text(Tr(Str::ClientsCount), store.clients.size());
    if (!ui.search.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled(Tr(Str::ClientsShown), ui.list.visible.size());
    }
    if (env.read_only) {
        ImGui::SameLine(0, ImGui::GetFontSize() * 2);
        ImGui::TextColored(colors::kWarningText, "%s", Tr(Str::ReadOnlyShort));
    }
}

}  // namespace card
