import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  "A song in the library."
  type Song @key(fields: "id") {
    id: ID!
    title: String!
  }

  type Query {
    song(id: ID!): Song
  }
`;
