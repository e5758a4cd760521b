// The import dialog: opened when the file picked with File > Import JSON… arrives. It shows
// what the file would change (CheckImport: nothing is touched yet), lets the user choose
// merge or replace (replace needs an explicit confirmation), and applies it through
// App::ImportJson, the same path as the automation API. A rejected file shows the message
// and changes nothing. New clients of the file that look like clients already here (the
// same INN + KPP or phone, model/duplicates.h) are listed with "Open existing"; applying
// still adds them (they are separate records: each card then warns, with Merge…).
// A picked file is read in pieces (PickImportFile): the dialog shows how far it got, with
// Cancel; a file over the import limit (kMaxImportFileBytes) is refused before it is read,
// with the same message the import would give.
#include "ui/import_dialog.h"

#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "io/import.h"
#include "ui/app.h"
#include "ui/collection_labels.h"
#include "ui/commands.h"
#include "ui/duplicates.h"
#include "ui/i18n.h"
#include "ui/icons.h"
#include "ui/panels.h"
#include "ui/widgets.h"

namespace card {
namespace {

void CountCell(size_t n) {
    ImGui::TableNextColumn();
    if (n)
        ImGui::Text("%zu", n);
    else
        ImGui::TextDisabled("0");
}

// The store keeps identical records as they are: "changed" counts only real changes.
size_t Changed(const ImportSummary& s, size_t i) { return s.updated[i] - std::min(s.unchanged[i], s.updated[i]); }
size_t TotalChanged(const ImportSummary& s) {
    return s.TotalUpdated() - std::min(s.TotalUnchanged(), s.TotalUpdated());
}

void DrawCounts(const ImportSummary& s, bool replace) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##import_counts", replace ? 5 : 4, flags)) return;
    ImGui::TableSetupColumn(Tr(Str::ColRecords));
    ImGui::TableSetupColumn(Tr(Str::ColAdded));
    ImGui::TableSetupColumn(Tr(Str::ColUpdated));
    ImGui::TableSetupColumn(Tr(Str::ColUnchanged));
    if (replace) ImGui::TableSetupColumn(Tr(Str::ColRemoved));
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < kCollectionCount; ++i) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(Tr(CollectionLabel(static_cast<CollectionId>(i))));
        CountCell(s.added[i]);
        CountCell(Changed(s, i));
        CountCell(std::min(s.unchanged[i], s.updated[i]));
        if (replace) CountCell(s.removed[i]);
    }
    ImGui::EndTable();
}

void Close(UiState& ui) {
    ui.import = ImportDialogState{};  // drops the file's records
    ImGui::CloseCurrentPopup();
}

constexpr size_t kMaxDuplicateRows = 8;

// New clients of the file that look like clients already here (CheckImport's duplicates):
// "“File client” → “Existing client”: same INN and KPP …" with Open existing. Returns the
// client to open ("" = none).
std::string DrawDuplicates(const Store& store, const std::vector<DuplicateMatch>& dups) {
    std::string open_id;
    if (dups.empty()) return open_id;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, colors::kWarningText);
    ImGui::TextUnformatted(ICON_WARNING);
    ImGui::SameLine();
    TextHint(Tr(Str::ImpDupTitle));
    ImGui::PopStyleColor();
    char row[768], reason[256];
    for (size_t i = 0; i < dups.size() && i < kMaxDuplicateRows; ++i) {
        const DuplicateMatch& m = dups[i];
        const Client* existing = store.clients.Find(m.existing_id);
        if (!existing) continue;
        ImGui::PushID(static_cast<int>(i));
        DuplicateReasonShort(m, reason, sizeof reason);
        std::snprintf(row, sizeof row, Tr(Str::ImpDupRow), m.candidate_name.empty() ? Tr(Str::NoName) : m.candidate_name.c_str(),
                      existing->name.empty() ? Tr(Str::NoName) : existing->name.c_str());
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::BeginGroup();
        TextHint(row);
        DisabledHint(reason);
        ImGui::SameLine();
        if (ImGui::SmallButton(Tr(Str::ImpDupOpen))) open_id = m.existing_id;
        ImGui::EndGroup();
        ImGui::PopID();
    }
    if (dups.size() > kMaxDuplicateRows) {
        std::snprintf(row, sizeof row, Tr(Str::DupMore), static_cast<int>(dups.size() - kMaxDuplicateRows));
        DisabledHint(row);
    }
    DisabledHint(Tr(Str::ImpDupHint));
    return open_id;
}

// How many new clients of the file look like existing ones (each counted once).
size_t DuplicateClients(const std::vector<DuplicateMatch>& dups) {
    size_t n = 0;
    for (size_t i = 0; i < dups.size(); ++i) n += i == 0 || dups[i].candidate_id != dups[i - 1].candidate_id;
    return n;
}

}  // namespace

void PickImportFile(UiState& ui) {
    // The callbacks run between later frames as the browser reads the file; UiState
    // outlives them, being a member of the one App the host keeps for the life of the page.
    // A dialog closed meanwhile (Cancel) has another read_id: its pieces are refused.
    static int last_read_id = 0;
    const int id = ++last_read_id;
    UiState* target = &ui;
    platform::FileInPieces h;
    h.begin = [target, id](const std::string& name, int64_t size) {
        ImportDialogState& d = target->import;
        d = ImportDialogState{};
        d.open_requested = true;
        d.file_name = name;
        d.read_id = id;
        d.file = std::make_unique<ImportReader>(size);
        d.reading = !d.file->finished();  // a file over the limit is refused unread
        return d.reading;
    };
    h.piece = [target, id](std::string_view piece) {
        ImportDialogState& d = target->import;
        if (d.read_id != id || !d.reading) return false;
        if (d.file->Feed(piece)) return true;
        d.reading = false;  // refused: the dialog shows why
        d.checked = false;
        return false;
    };
    h.end = [target, id](const std::string& error) {
        ImportDialogState& d = target->import;
        if (d.read_id != id || !d.reading) return;
        d.reading = false;
        d.checked = false;
        if (error.empty()) {
            d.file->Finish();
            return;
        }
        d.file.reset();
        d.check = ImportResult{};
        d.check.error = FormatString(Tr(Str::ImportReadFailed), error.c_str());
        d.checked = true;
        d.checked_mode = d.mode;
    };
    platform::PickFileInPieces(".json,application/json", std::move(h));
}

void DrawImportDialog(App& app) {
    UiState& ui = app.ui;
    ImportDialogState& d = ui.import;
    const char* title = Tr(Str::ImportTitle);
    if (d.open_requested) {
        d.open_requested = false;
        // A refusal given with the request (the picker did not read a too large file)
        // stands; otherwise the file is checked below.
        if (d.check.error.empty()) d.checked = false;
        ImGui::OpenPopup(title);
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings))
        return;

    const float wrap = ImGui::GetFontSize() * 32;
    if (d.reading) {  // pieces still arriving: how far, and Cancel
        ImGui::Text(Tr(Str::ImportFile), d.file_name.c_str());
        ImGui::Spacing();
        const int64_t size = d.file->file_bytes();
        const float done = size > 0 ? static_cast<float>(static_cast<double>(d.file->bytes_read()) / size) : 0.f;
        ImGui::TextUnformatted(Tr(Str::ImportReading));
        ImGui::ProgressBar(done, ImVec2(wrap, 0));
        ImGui::Spacing();
        ImGui::Separator();
        if (ImGui::Button(Tr(Str::Cancel), ImVec2(ImGui::GetFontSize() * 7, 0)) ||
            ImGui::IsKeyPressed(ImGuiKey_Escape, false))
            Close(ui);  // the next piece finds another read_id and stops the reading
        ImGui::EndPopup();
        return;
    }
    if (!d.checked || d.checked_mode != d.mode) {
        if (d.file) d.check = CheckImport(app.store, *d.file, d.mode);
        d.checked = true;
        d.checked_mode = d.mode;
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::Text(Tr(Str::ImportFile), d.file_name.c_str());
    ImGui::Spacing();

    bool can_apply = false;
    std::string open_existing;
    if (!d.check.ok) {
        ImGui::TextColored(colors::kErrorText, "%s", Tr(Str::ImportRejected));
        ImGui::TextUnformatted(d.check.error.c_str());
    } else {
        const bool replace = d.mode == ImportMode::Replace;
        if (ImGui::RadioButton(Tr(Str::ModeMerge), !replace)) {
            d.mode = ImportMode::Merge;
            d.replace_confirmed = false;
        }
        ImGui::SameLine();
        if (ImGui::RadioButton(Tr(Str::ModeReplace), replace)) d.mode = ImportMode::Replace;
        ImGui::TextDisabled("%s", Tr(replace ? Str::ModeReplaceHint : Str::ModeMergeHint));
        ImGui::Spacing();
        const ImportSummary& s = d.check.summary;
        DrawCounts(s, replace);
        ImGui::Text(Tr(Str::ImportTotals), s.TotalAdded(), TotalChanged(s), s.TotalUnchanged(),
                    replace ? s.TotalRemoved() : size_t{0});
        // Replacing drops the clients they look like: only a merge keeps both.
        if (!replace) open_existing = DrawDuplicates(app.store, d.check.duplicates);
        if (replace) {
            ImGui::Spacing();
            ImGui::PushStyleColor(ImGuiCol_Text, colors::kErrorText);
            ImGui::Checkbox(Tr(Str::ReplaceConfirm), &d.replace_confirmed);
            ImGui::PopStyleColor();
        }
        can_apply = !app.env.read_only && (!replace || d.replace_confirmed);
        // The mode changed this frame: the counts above are the old mode's until next frame.
        if (d.checked_mode != d.mode) can_apply = false;
    }
    if (app.env.read_only) ImGui::TextColored(colors::kWarningText, "%s", Tr(Str::ImportReadOnly));
    if (!d.apply_error.empty()) ImGui::TextColored(colors::kErrorText, "%s", d.apply_error.c_str());
    ImGui::PopTextWrapPos();

    ImGui::Spacing();
    ImGui::Separator();
    const float button_w = ImGui::GetFontSize() * 7;
    // A rejected file offers no Apply at all, only Cancel.
    if (d.check.ok) {
        ImGui::BeginDisabled(!can_apply);
        if (ImGui::Button(Tr(Str::Apply), ImVec2(button_w, 0))) {
            const ImportResult r = d.file ? app.ImportFile(*d.file, d.mode) : d.check;
            if (r.ok) {
                const ImportSummary& s = r.summary;
                ui.message = FormatString(Tr(Str::ImportDone), d.file_name.c_str(), s.TotalAdded(), TotalChanged(s),
                                    d.mode == ImportMode::Replace ? s.TotalRemoved() : size_t{0});
                if (d.mode == ImportMode::Merge && !d.check.duplicates.empty())
                    ui.message += FormatString(Tr(Str::ImpDupDone), DuplicateClients(d.check.duplicates));
                Close(ui);
            } else {
                d.apply_error = r.error;
            }
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    if (ImGui::Button(Tr(Str::Cancel), ImVec2(button_w, 0)) || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        Close(ui);
    } else if (!open_existing.empty()) {
        // The file stays unimported; the user looks at the client first.
        Close(ui);
        ui.SelectClient(open_existing);
        ui.SelectTab(CardTab::Main);
    }
    ImGui::EndPopup();
}

}  // namespace card
