#include "core/catalog/EmbeddedCatalog.h"

// The assembler copies the file into the object at build time (.incbin): no generated source, no
// slow conversion step, and CMake rebuilds this file when the catalog changes (OBJECT_DEPENDS).
#ifndef IAM_CATALOG_FILE
#error "IAM_CATALOG_FILE must name the catalog file to embed"
#endif

__asm__(".pushsection .rodata\n"
        ".balign 16\n"
        ".hidden iam_catalog_begin\n"
        ".hidden iam_catalog_end\n"
        ".globl iam_catalog_begin\n"
        ".globl iam_catalog_end\n"
        "iam_catalog_begin:\n"
        ".incbin \"" IAM_CATALOG_FILE "\"\n"
        "iam_catalog_end:\n"
        ".popsection\n");

extern "C" {
extern const char iam_catalog_begin[];
extern const char iam_catalog_end[];
}

namespace iam {

std::string_view embeddedCatalogBytes()
{
    return std::string_view(iam_catalog_begin, static_cast<std::size_t>(iam_catalog_end - iam_catalog_begin));
}

}  // namespace iam
