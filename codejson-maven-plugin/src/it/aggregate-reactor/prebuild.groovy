// Publishes another project's code.json artifact (classifier codejson) to the build's local repository.
File dir = new File(localRepositoryPath, 'gov/example/shared/geo-lib/1.0.0')
dir.mkdirs()
new File(dir, 'geo-lib-1.0.0-codejson.json').setText('''{
  "version": "2.0.0",
  "measurementType": {"method": "projects"},
  "agency": "CDT",
  "releases": [
    {
      "name": "geo-lib",
      "version": "1.0.0",
      "description": "Geocodes California addresses offline.",
      "permissions": {"licenses": [{"name": "Apache-2.0"}], "usageType": "openSource"},
      "tags": ["geocoding", "addresses", "library"],
      "contact": {"email": "gis@example.ca.gov"},
      "repositoryURL": "https://github.com/example-agency/geo-lib",
      "laborHours": 640
    }
  ]
}
''', 'UTF-8')
true
