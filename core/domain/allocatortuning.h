#pragma once

/// \file
/// \brief Process-wide memory allocator settings for Vigie's large, repeated allocations.

namespace vigie {

/// Keeps freed memory in the process instead of returning it to the system at once: with
/// glibc, blocks up to 32 MiB come from the heap (M_MMAP_THRESHOLD) and the heap is trimmed
/// only above 1 GiB free (M_TRIM_THRESHOLD). A review seek frees and allocates again tens
/// of MiB (keyframe states, the rule evaluator's windows, inflated chunks); unmapped and
/// mapped anew, their pages fault in again, which made one seek in twenty 50–100 ms slower
/// (docs/performance.md, "Session replay"). Costs up to that much resident memory after a
/// peak. No effect with other C libraries. Call once, first thing in main(), before threads.
void tuneAllocator();

} // namespace vigie
