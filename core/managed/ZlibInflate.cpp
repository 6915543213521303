#include "core/managed/ZlibInflate.h"

#include <zlib.h>

namespace iam {

bool inflateZlib(std::string_view compressed, std::size_t inflatedSize, std::string& out)
{
    out.assign(inflatedSize, '\0');
    uLongf outSize = static_cast<uLongf>(inflatedSize);
    uLong inSize = static_cast<uLong>(compressed.size());
    // uncompress2 checks the Adler-32 trailer and tells how much input the stream used: a stream
    // shorter or longer than the header promised means the bundle is damaged.
    const int status = uncompress2(
        reinterpret_cast<Bytef*>(out.data()), &outSize, reinterpret_cast<const Bytef*>(compressed.data()), &inSize);
    if (status != Z_OK || outSize != inflatedSize || inSize != compressed.size()) {
        out.clear();
        return false;
    }
    return true;
}

} // namespace iam
