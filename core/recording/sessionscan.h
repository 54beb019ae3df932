#pragma once

#include "recording/sessionindex.h"

#include <QFile>

namespace vigie::session {

/// \brief What a recovery scan found.
struct ScanResult
{
    IndexBuilder builder; ///< Every intact chunk, keyframe and marker; damage spans.
    bool sawFooter = false; ///< A whole footer region was stepped over (the file was closed once).
};

/// \brief Finds every intact chunk of `file` between `from` and `size` without an index.
///
/// Steps from chunk to chunk by their lengths; a chunk header that does not check out, or
/// a chunk whose payload fails its CRC or does not decode, is recorded as a damage span and
/// the scan resynchronises on the next chunk (or footer) sync marker. Complete footer
/// regions are stepped over. With `headerDamaged`, damage at offset 0 is reported as
/// `badHeader`. Reads the file sequentially in 4 MiB windows; never reads past `size`.
/// Any thread; `file` must be open for reading and used by no one else meanwhile.
ScanResult scanChunks(QFile &file, qint64 from, qint64 size, bool headerDamaged);

} // namespace vigie::session
