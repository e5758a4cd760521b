#include "ui/style.h"

#include "imgui.h"

namespace card {

void ApplyStyle(float scale) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();  // ScaleAllSizes multiplies: start from the unscaled defaults
    ImGui::StyleColorsLight(&style);

    style.WindowPadding = ImVec2(10, 8);
    style.FramePadding = ImVec2(7, 4);
    style.ItemSpacing = ImVec2(8, 6);
    style.ItemInnerSpacing = ImVec2(6, 4);
    style.CellPadding = ImVec2(6, 3);
    style.ScrollbarSize = 13;
    style.GrabMinSize = 10;
    style.WindowRounding = 0;
    style.ChildRounding = 3;
    style.FrameRounding = 3;
    style.PopupRounding = 3;
    style.ScrollbarRounding = 6;
    style.GrabRounding = 3;
    style.TabRounding = 3;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 1;
    style.PopupBorderSize = 1;
    style.TabBorderSize = 1;
    style.SeparatorTextBorderSize = 1;
    style.SeparatorTextPadding = ImVec2(0, 4);

    ImVec4* c = style.Colors;
    const ImVec4 accent(0.20f, 0.45f, 0.80f, 1.00f);
    c[ImGuiCol_Text] = ImVec4(0.10f, 0.11f, 0.13f, 1.00f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.47f, 0.50f, 1.00f);
    c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.00f);
    c[ImGuiCol_ChildBg] = ImVec4(0.00f, 0.00f, 0.00f, 0.00f);
    c[ImGuiCol_PopupBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_Border] = ImVec4(0.80f, 0.82f, 0.85f, 1.00f);
    c[ImGuiCol_FrameBg] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.94f, 0.96f, 1.00f, 1.00f);
    c[ImGuiCol_FrameBgActive] = ImVec4(0.90f, 0.94f, 1.00f, 1.00f);
    c[ImGuiCol_MenuBarBg] = ImVec4(0.92f, 0.93f, 0.95f, 1.00f);
    c[ImGuiCol_Button] = ImVec4(0.90f, 0.92f, 0.95f, 1.00f);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.82f, 0.88f, 0.97f, 1.00f);
    c[ImGuiCol_ButtonActive] = ImVec4(0.72f, 0.81f, 0.95f, 1.00f);
    c[ImGuiCol_Header] = ImVec4(0.80f, 0.87f, 0.97f, 1.00f);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.87f, 0.91f, 0.98f, 1.00f);
    c[ImGuiCol_HeaderActive] = ImVec4(0.75f, 0.84f, 0.96f, 1.00f);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_Separator] = ImVec4(0.80f, 0.82f, 0.85f, 1.00f);
    c[ImGuiCol_SeparatorHovered] = ImVec4(0.55f, 0.68f, 0.90f, 1.00f);
    c[ImGuiCol_SeparatorActive] = accent;
    c[ImGuiCol_Tab] = ImVec4(0.89f, 0.91f, 0.94f, 1.00f);
    c[ImGuiCol_TabHovered] = ImVec4(0.96f, 0.97f, 1.00f, 1.00f);
    c[ImGuiCol_TabActive] = ImVec4(1.00f, 1.00f, 1.00f, 1.00f);
    c[ImGuiCol_TabUnfocused] = c[ImGuiCol_Tab];
    c[ImGuiCol_TabUnfocusedActive] = c[ImGuiCol_TabActive];
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.93f, 0.94f, 0.96f, 1.00f);
    c[ImGuiCol_TableBorderStrong] = ImVec4(0.80f, 0.82f, 0.85f, 1.00f);
    c[ImGuiCol_TableBorderLight] = ImVec4(0.88f, 0.89f, 0.91f, 1.00f);
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.00f, 0.00f, 0.00f, 0.03f);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.20f, 0.22f, 0.25f, 0.35f);
    c[ImGuiCol_NavHighlight] = accent;

    style.ScaleAllSizes(scale);
}

}  // namespace card
