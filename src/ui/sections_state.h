// UiState of the segmentation, current contract and products/infobases sections
// (main_segmentation.cpp, main_contract.cpp, main_products.cpp).
#pragma once

#include <string>

namespace card {

struct SectionsUi {
    int unused = 0;
};

}  // namespace card
