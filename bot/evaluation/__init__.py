"""`bot eval`: quality as numbers, against the team's sets and baselines."""
