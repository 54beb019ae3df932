#include "maplayer.h"

namespace vigie {

MapLayer::MapLayer(QString id, QString name, LayerRole role, QObject *parent)
    : QObject(parent)
    , m_id(std::move(id))
    , m_name(std::move(name))
    , m_role(role)
{
}

void MapLayer::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    emit visibilityChanged(visible);
}

} // namespace vigie
