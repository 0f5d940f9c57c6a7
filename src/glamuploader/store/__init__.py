"""Files a user keeps: batch files, kit files, spreadsheets, caches."""
