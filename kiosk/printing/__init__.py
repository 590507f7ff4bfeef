"""Receipt rendering (PDF for an 80 mm roll and for A4) and printing through Qt."""
