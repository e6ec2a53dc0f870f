"""Judge: the classifier's scores, the rules' facts and triage's decision."""
