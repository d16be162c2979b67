"""Dates and times: Arabic time expressions found and resolved against the publication date."""
from marsad.timex.extract import find_times

__all__ = ["find_times"]
