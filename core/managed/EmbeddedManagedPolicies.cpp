#include "core/managed/EmbeddedManagedPolicies.h"

// The same technique as EmbeddedCatalog.cpp: the assembler copies the file into the object
// (.incbin), and CMake rebuilds this file when the bundle changes (OBJECT_DEPENDS).
#ifndef IAM_MANAGED_POLICIES_FILE
#error "IAM_MANAGED_POLICIES_FILE must name the managed policy bundle to embed"
#endif

__asm__(".pushsection .rodata\n"
        ".balign 16\n"
        ".hidden iam_managed_policies_begin\n"
        ".hidden iam_managed_policies_end\n"
        ".globl iam_managed_policies_begin\n"
        ".globl iam_managed_policies_end\n"
        "iam_managed_policies_begin:\n"
        ".incbin \"" IAM_MANAGED_POLICIES_FILE "\"\n"
        "iam_managed_policies_end:\n"
        ".popsection\n");

extern "C" {
extern const char iam_managed_policies_begin[];
extern const char iam_managed_policies_end[];
}

namespace iam {

std::string_view embeddedManagedPolicyBytes()
{
    return std::string_view(
        iam_managed_policies_begin, static_cast<std::size_t>(iam_managed_policies_end - iam_managed_policies_begin));
}

} // namespace iam
