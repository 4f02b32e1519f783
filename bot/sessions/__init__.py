"""Session memory behind one interface: in memory or Redis."""
