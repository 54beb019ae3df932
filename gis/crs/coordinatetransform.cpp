#include "coordinatetransform.h"

#include <proj.h>

#include <cmath>

namespace vigie {

struct CoordinateTransform::Handle
{
    PJ_CONTEXT *context = nullptr;
    PJ *operation = nullptr;
    ~Handle()
    {
        if (operation)
            proj_destroy(operation);
        if (context)
            proj_context_destroy(context);
    }
};

Result<CoordinateTransform> CoordinateTransform::create(const QString &source, const QString &target)
{
    auto handle = std::make_unique<Handle>();
    handle->context = proj_context_create();
    const QByteArray src = source.toUtf8();
    const QByteArray dst = target.toUtf8();
    for (const QByteArray *crs : {&src, &dst}) {
        PJ *probe = proj_create(handle->context, crs->constData());
        if (!probe) {
            const int errno_ = proj_context_errno(handle->context);
            return Error{QStringLiteral("invalidCrs"),
                         QStringLiteral("PROJ does not know the CRS \"%1\": %2")
                             .arg(QString::fromUtf8(*crs), QString::fromUtf8(proj_context_errno_string(handle->context, errno_)))};
        }
        proj_destroy(probe);
    }
    PJ *raw = proj_create_crs_to_crs(handle->context, src.constData(), dst.constData(), nullptr);
    if (!raw)
        return Error{QStringLiteral("noTransform"), QStringLiteral("PROJ found no operation from %1 to %2").arg(source, target)};
    handle->operation = proj_normalize_for_visualization(handle->context, raw);
    proj_destroy(raw);
    if (!handle->operation)
        return Error{QStringLiteral("noTransform"), QStringLiteral("PROJ could not normalise %1 → %2").arg(source, target)};
    CoordinateTransform t;
    t.m_handle = std::move(handle);
    return t;
}

CoordinateTransform::CoordinateTransform(CoordinateTransform &&) noexcept = default;
CoordinateTransform &CoordinateTransform::operator=(CoordinateTransform &&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

bool CoordinateTransform::transform(double *x, double *y, std::size_t count) const
{
    proj_trans_generic(m_handle->operation, PJ_FWD, x, sizeof(double), count, y, sizeof(double), count, nullptr, 0, 0,
                       nullptr, 0, 0);
    for (std::size_t i = 0; i < count; ++i) {
        if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || x[i] == HUGE_VAL || y[i] == HUGE_VAL)
            return false;
    }
    return true;
}

Result<QPointF> CoordinateTransform::transform(QPointF point) const
{
    double x = point.x();
    double y = point.y();
    if (!transform(&x, &y, 1))
        return Error{QStringLiteral("transformFailed"), QStringLiteral("(%1, %2) cannot be transformed").arg(point.x()).arg(point.y())};
    return QPointF(x, y);
}

Result<QPointF> CoordinateTransform::inverse(QPointF point) const
{
    PJ_COORD c = proj_coord(point.x(), point.y(), 0, 0);
    c = proj_trans(m_handle->operation, PJ_INV, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y) || c.xy.x == HUGE_VAL)
        return Error{QStringLiteral("transformFailed"), QStringLiteral("(%1, %2) cannot be transformed back").arg(point.x()).arg(point.y())};
    return QPointF(c.xy.x, c.xy.y);
}

} // namespace vigie
