"""The JSON API: one router per resource, each a few views over the query functions."""

from . import actors, documents, dyads, events, network, places, quotes, status, timeline

ROUTERS = [m.router for m in (events, documents, dyads, timeline, network, places, actors, quotes, status)]
