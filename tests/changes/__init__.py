"""The change feed: WriteResult's link lists, ChangeFeed, and the ``changes`` subscription."""
