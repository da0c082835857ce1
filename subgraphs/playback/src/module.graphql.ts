import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  type Song @key(fields: "id") {
    id: ID!
    "How many times anyone has played the song."
    playCount: Int!
  }
`;
