#include "ui/app.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "io/json_codec.h"
#include "platform/platform.h"
#include "ui/client_filter.h"
#include "ui/i18n.h"
#include "ui/main_sections.h"
#include "ui/panels.h"

namespace card {

namespace {

bool SameRecord(const AnyRecord& a, const AnyRecord& b) {
    return std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>) return std::holds_alternative<std::monostate>(b);
            else return std::holds_alternative<T>(b) && RecordsEqual(x, std::get<T>(b));
        },
        a);
}

void AfterJournalStep(App& app, const std::string& client_id) {
    ++app.ui.store_revision;  // the set of clients or their names may have changed
    app.ui.list_edit = ListFieldEdit{};
    if (!client_id.empty() && app.store.clients.Contains(client_id) && client_id != app.ui.selected_id)
        app.ui.SelectClient(client_id);
    if (!app.ui.selected_id.empty() && !app.store.clients.Contains(app.ui.selected_id)) app.ui.selected_id.clear();
}

}  // namespace

App::App() {
    SetLanguage(platform::PreferredLanguage());
    journal.SetSameRecord(SameRecord);
    journal.Attach(store);
}

bool App::Undo() {
    if (env.read_only) return false;
    const std::string client_id = journal.UndoClientId();
    if (!journal.Undo(store, platform::Now())) return false;
    AfterJournalStep(*this, client_id);
    return true;
}

bool App::Redo() {
    if (env.read_only) return false;
    const std::string client_id = journal.RedoClientId();
    if (!journal.Redo(store, platform::Now())) return false;
    AfterJournalStep(*this, client_id);
    return true;
}

void App::SetLanguage(const std::string& lang) { SetCurrentLanguage(ParseLanguage(lang)); }

std::string App::ExportJson() const { return ExportStore(store, platform::Now()); }

ImportResult App::ImportJson(std::string_view text, ImportMode mode) {
    return Import([&] { return ApplyImport(store, text, mode); });
}

ImportResult App::ImportFile(ImportReader& file, ImportMode mode) {
    return Import([&] { return ApplyImport(store, file, mode); });
}

template <class ApplyFn>
ImportResult App::Import(ApplyFn&& apply) {
    if (env.loading.active) {  // the host finishes the load before an API import; the UI cannot start one
        ImportResult refused;
        refused.error = Tr(Str::ImportRefusedLoading);
        return refused;
    }
    if (env.read_only) {
        ImportResult refused;
        refused.error = Tr(Str::ImportRefusedReadOnly);
        return refused;
    }
    const bool was_empty = store.clients.empty();
    journal.Pause();
    ImportResult r = apply();
    journal.Resume();
    if (r.ok) {
        journal.Clear();  // the steps before may refer to records the import replaced
        ++ui.store_revision;  // the list re-sorts: names and the set of clients may have changed
        if (!ui.selected_id.empty() && !store.clients.Contains(ui.selected_id)) ui.selected_id.clear();
        ui.list_edit = ListFieldEdit{};
        // Into an empty store (the start screen, the demo data): open the first client by
        // name so that the user sees a card, not an empty page.
        if (was_empty && ui.selected_id.empty() && !store.clients.empty()) {
            const Client* first = &store.clients[0];
            for (const Client& c : store.clients.All())
                if (CompareFolded(c.name, first->name) < 0) first = &c;
            ui.SelectClient(first->id);
        }
    }
    return r;
}

void App::Frame() {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    if (!ImGui::Begin("##client_card", nullptr, flags)) {
        ImGui::End();
        return;
    }

    journal.DropPending();
    const bool loading = env.loading.active;  // the rest of a large store is being read
    if (!loading) HandleShortcuts(*this);
    DrawMenuBar(*this);
    DrawBanners(env, ui);
    DrawRecoveryBanner(*this);
    DrawStorageStatusBanners(*this);
    if (!loading) DrawBackupReminder(*this);

    // Body: list | splitter | card, above a one-line status bar.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float status_h = ImGui::GetFrameHeight() + style.ItemSpacing.y * 2 + 1;
    if (ImGui::BeginChild("##body", ImVec2(0, -status_h), ImGuiChildFlags_None,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened)) {
        const float avail_w = ImGui::GetContentRegionAvail().x;
        const float font = ImGui::GetFontSize();
        const float splitter_w = std::max(4.0f, font * 0.35f);
        const float min_left = font * 12, min_right = font * 20;
        const float left_width =
            std::clamp(ui.left_width_em * font, min_left, std::max(min_left, avail_w - min_right - splitter_w));

        // NavFlattened: Tab and the arrows cross between the list and the card like one
        // window (without it each pane must be entered with Enter and left with Esc).
        if (ImGui::BeginChild("##left", ImVec2(left_width, 0), ImGuiChildFlags_None,
                              ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened))
            DrawClientList(store, ui, env.read_only, loading);
        ImGui::EndChild();

        ImGui::SameLine(0, 0);
        ImGui::InvisibleButton("##splitter", ImVec2(splitter_w, std::max(ImGui::GetContentRegionAvail().y, 1.0f)));
        if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
        if (ImGui::IsItemActive()) ui.left_width_em = (left_width + ImGui::GetIO().MouseDelta.x) / font;
        {
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            const float x = (a.x + b.x) * 0.5f;
            const ImU32 col = ImGui::GetColorU32(ImGui::IsItemActive()    ? ImGuiCol_SeparatorActive
                                                 : ImGui::IsItemHovered() ? ImGuiCol_SeparatorHovered
                                                                          : ImGuiCol_Separator);
            ImGui::GetWindowDrawList()->AddLine(ImVec2(x, a.y), ImVec2(x, b.y), col, 1.0f);
        }
        ImGui::SameLine(0, 0);

        if (ImGui::BeginChild("##right", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                              ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened))
            loading ? DrawLoadingCard(env.loading.fraction) : DrawClientCard(store, ui, env.read_only);
        ImGui::EndChild();
    }
    ImGui::EndChild();

    DrawStatusBar(store, ui, env);
    DrawImportDialog(*this);
    DrawEmployeeDirectory(store, ui, env.read_only);
    DrawIncomingCallWindow(*this);
    DrawMergeDialog(*this);
    DrawShortcutHelp(*this);
    ImGui::End();

    // The frame's edits become one journal step; typing on in the same field (the active
    // widget) extends the step instead.
    journal.EndFrame(ImGui::GetActiveID(), platform::NowMs(), platform::Now());
    RecordHistory(*this);
}

}  // namespace card
