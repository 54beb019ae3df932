#include "allocatortuning.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace vigie {

void tuneAllocator()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 32 << 20); // glibc's upper limit on 64-bit
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

} // namespace vigie
